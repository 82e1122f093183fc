import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { setDriverActiveWorkflow } from "../../../../workflows/drivers/set-driver-active"
import { driverDetail, earningsView, service } from "../../../views"
import type { AdminUpdateDriverType } from "../validators"

/** GET /admin/drivers/:id — profile, documents, history, stats and ledger. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const driver = await driverDetail(req.scope, req.params.id)
  const [stats, earnings] = await Promise.all([
    service(req.scope).driverStats(driver.id),
    earningsView(req.scope, driver.id),
  ])
  res.json({ driver: { ...driver, stats, earnings } })
}

/** POST /admin/drivers/:id — (de)activates the driver. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminUpdateDriverType>,
  res: MedusaResponse
) {
  await setDriverActiveWorkflow(req.scope).run({
    input: { driver_id: req.params.id, is_active: req.validatedBody.is_active },
  })
  res.json({ driver: await driverDetail(req.scope, req.params.id) })
}
