import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  generateJwtToken,
} from "@medusajs/framework/utils"
import {
  DRIVER_SMS_PROVIDER,
  verifyDriverLoginCodeWorkflow,
} from "../../../../../workflows/drivers/verify-driver-login-code"
import type { DriverSmsVerifyType } from "../../../validators"

/**
 * POST /driver/auth/sms/verify — exchanges the code for a driver token
 * (the same JWT Medusa's auth routes issue, actor type `driver`).
 */
export async function POST(
  req: MedusaRequest<DriverSmsVerifyType>,
  res: MedusaResponse
) {
  const { result: identity } = await verifyDriverLoginCodeWorkflow(
    req.scope
  ).run({ input: req.validatedBody })
  const { http } = req.scope.resolve(
    ContainerRegistrationKeys.CONFIG_MODULE
  ).projectConfig
  const driverId = identity.app_metadata?.driver_id as string
  const token = generateJwtToken(
    {
      actor_id: driverId,
      actor_type: "driver",
      auth_identity_id: identity.id,
      auth_provider: DRIVER_SMS_PROVIDER,
      app_metadata: { ...(identity.app_metadata ?? {}), driver_id: driverId },
      user_metadata: {},
    },
    {
      secret: http.jwtSecret,
      expiresIn: http.jwtExpiresIn,
      jwtOptions: http.jwtOptions,
    }
  )
  res.json({ token })
}
