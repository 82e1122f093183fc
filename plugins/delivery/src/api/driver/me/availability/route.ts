import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setDriverAvailabilityWorkflow } from "../../../../workflows/drivers/set-driver-availability"
import { driverIdOf } from "../../../utils"
import { driverDetail } from "../../../views"
import type { DriverAvailabilityType } from "../../validators"

/** POST /driver/me/availability — starts or ends a shift (approved, active drivers). */
export async function POST(
  req: AuthenticatedMedusaRequest<DriverAvailabilityType>,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  await setDriverAvailabilityWorkflow(req.scope).run({
    input: { driver_id, available: req.validatedBody.available },
  })
  res.json({ driver: await driverDetail(req.scope, driver_id) })
}
