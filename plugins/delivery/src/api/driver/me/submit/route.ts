import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { submitDriverWorkflow } from "../../../../workflows/drivers/submit-driver"
import { driverIdOf } from "../../../utils"
import { driverDetail } from "../../../views"

/** POST /driver/me/submit — asks for review (pending | rejected → under_review). */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  await submitDriverWorkflow(req.scope).run({ input: { driver_id } })
  res.json({ driver: await driverDetail(req.scope, driver_id) })
}
