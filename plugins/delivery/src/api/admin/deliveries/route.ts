import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { isLate, service } from "../../views"
import type { AdminListDeliveriesType } from "./validators"

/** GET /admin/deliveries — deliveries, newest first (by status, driver, order). */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminListDeliveriesType>,
  res: MedusaResponse
) {
  const { status, driver_id, order_id, limit, offset } =
    req.validatedQuery as AdminListDeliveriesType
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (driver_id) filters.driver_id = driver_id
  if (order_id) filters.order_id = order_id
  const [deliveries, count] = await service(req.scope).listAndCountDeliveries(
    filters,
    { order: { created_at: "DESC" }, take: limit, skip: offset }
  )
  res.json({
    deliveries: deliveries.map((d) => ({ ...d, late: isLate(d) })),
    count,
    limit,
    offset,
  })
}
