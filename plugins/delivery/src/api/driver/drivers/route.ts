import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { registerDriverWorkflow } from "../../../workflows/drivers/register-driver"
import type { DriverRegisterType } from "../validators"
import { driverDetail } from "../../views"

/**
 * POST /driver/drivers — creates the driver profile of the signed-in auth
 * identity (token from `POST /auth/driver/emailpass/register`).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<DriverRegisterType>,
  res: MedusaResponse
) {
  if (req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This login already has a driver profile."
    )
  }
  const { result } = await registerDriverWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      ...req.validatedBody,
    },
  })
  res.status(201).json({ driver: await driverDetail(req.scope, result.id) })
}
