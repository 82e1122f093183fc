import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestDriverLoginCodeWorkflow } from "../../../../workflows/drivers/request-driver-login-code"
import type { DriverSmsRequestType } from "../../validators"

/**
 * POST /driver/auth/sms — texts a login code to a driver's phone (needs an
 * `sms` notification provider, e.g. Eskiz). Always 202, whether the phone is
 * a driver's or not.
 */
export async function POST(
  req: MedusaRequest<DriverSmsRequestType>,
  res: MedusaResponse
) {
  await requestDriverLoginCodeWorkflow(req.scope).run({
    input: { phone: req.validatedBody.phone },
  })
  res.status(202).json({ sent: true })
}
