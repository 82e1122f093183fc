import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { driverIdOf } from "../../../utils"
import { service } from "../../../views"
import type { DriverListDeliveriesType } from "../../validators"

/** GET /driver/me/deliveries — the driver's own deliveries, newest first. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, DriverListDeliveriesType>,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  const { status, limit, offset } =
    req.validatedQuery as DriverListDeliveriesType
  const [deliveries, count] = await service(req.scope).listAndCountDeliveries(
    { driver_id, ...(status ? { status } : {}) },
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({ deliveries, count, limit, offset })
}
