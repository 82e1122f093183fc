import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { HaversineDistanceProvider } from "../../../../routing/distance"
import { planRoute } from "../../../../routing/plan-route"
import { driverIdOf } from "../../../utils"
import { service } from "../../../views"

/**
 * GET /driver/me/route — the driver's open deliveries in a good order
 * (nearest neighbour + 2-opt over great-circle distances) from their last
 * location, with total distance and time. Deliveries not picked up yet
 * start with the depot.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  const s = service(req.scope)
  const options = s.getOptions()
  const driver = await s.retrieveDriver(driver_id)
  const open = await s.listDeliveries({
    driver_id,
    status: ["assigned", "picked_up", "in_transit"],
  })
  const start =
    driver.last_lat != null && driver.last_lng != null
      ? { lat: driver.last_lat, lng: driver.last_lng }
      : options.depot
  const withPoint = open.filter(
    (d) => d.dropoff_lat != null && d.dropoff_lng != null
  )
  const mustPickUp = withPoint.some((d) => d.status === "assigned")
  const from = mustPickUp ? options.depot : start
  const route = await planRoute(
    from,
    withPoint.map((d) => ({
      point: { lat: d.dropoff_lat!, lng: d.dropoff_lng! },
      item: { delivery_id: d.id, order_id: d.order_id, status: d.status },
    })),
    new HaversineDistanceProvider(),
    options.averageSpeedKmh
  )
  res.json({
    route: {
      start: from,
      via_depot: mustPickUp,
      ...route,
      unplaced: open.filter((d) => !withPoint.includes(d)).map((d) => d.id),
    },
  })
}
