import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isLate, service } from "../../../views"

const BOARD_LIMIT = 200

/**
 * GET /admin/deliveries/board — the dispatch board: unassigned (pending,
 * offered), in progress (assigned, picked up, in transit) and late (open
 * past their due time), each with order number and driver name.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const s = service(req.scope)
  const open = await s.listDeliveries(
    { status: ["pending", "offered", "assigned", "picked_up", "in_transit"] },
    { order: { created_at: "ASC" }, take: BOARD_LIMIT }
  )
  const driverIds = [...new Set(open.map((d) => d.driver_id).filter(Boolean))]
  const drivers = driverIds.length
    ? await s.listDrivers(
        { id: driverIds as string[] },
        { select: ["id", "first_name", "last_name"] }
      )
    : []
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(open.map((d) => d.order_id))]
  const { data: orders } = orderIds.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id"],
        filters: { id: orderIds },
      })
    : { data: [] as { id: string; display_id: number }[] }
  const card = (d: (typeof open)[number]) => {
    const driver = drivers.find((x) => x.id === d.driver_id)
    return {
      id: d.id,
      status: d.status,
      order_id: d.order_id,
      order_display_id:
        orders.find((o: { id: string }) => o.id === d.order_id)?.display_id ??
        null,
      driver: driver
        ? {
            id: driver.id,
            name: [driver.first_name, driver.last_name]
              .filter(Boolean)
              .join(" "),
          }
        : null,
      distance_km: d.distance_km,
      due_at: d.due_at,
      created_at: d.created_at,
      late: isLate(d),
    }
  }
  const cards = open.map(card)
  res.json({
    board: {
      unassigned: cards.filter((c) =>
        ["pending", "offered"].includes(c.status)
      ),
      in_progress: cards.filter(
        (c) => !["pending", "offered"].includes(c.status)
      ),
      late: cards.filter((c) => c.late),
    },
  })
}
