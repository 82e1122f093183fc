import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateDriverProfileWorkflow } from "../../../workflows/drivers/update-driver-profile"
import { driverIdOf } from "../../utils"
import { driverDetail } from "../../views"
import type { DriverUpdateProfileType } from "../validators"

/** GET /driver/me — the driver's profile, documents and onboarding history. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ driver: await driverDetail(req.scope, driverIdOf(req)) })
}

/** POST /driver/me — profile, vehicle and licence (while pending or rejected). */
export async function POST(
  req: AuthenticatedMedusaRequest<DriverUpdateProfileType>,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  await updateDriverProfileWorkflow(req.scope).run({
    input: { driver_id, ...req.validatedBody },
  })
  res.json({ driver: await driverDetail(req.scope, driver_id) })
}
