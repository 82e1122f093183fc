import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { driverIdOf } from "../../../utils"
import { service } from "../../../views"

/** GET /driver/me/offers — the driver's open offers with their deliveries. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  const s = service(req.scope)
  const offers = await s.listDeliveryOffers(
    { driver_id, status: "pending", expires_at: { $gt: new Date() } },
    { order: { created_at: "ASC" } }
  )
  const deliveries = offers.length
    ? await s.listDeliveries({ id: offers.map((o) => o.delivery_id) })
    : []
  res.json({
    offers: offers.map((o) => {
      const d = deliveries.find((x) => x.id === o.delivery_id)
      return {
        ...o,
        delivery: d
          ? {
              id: d.id,
              pickup: { lat: d.pickup_lat, lng: d.pickup_lng },
              dropoff: { lat: d.dropoff_lat, lng: d.dropoff_lng },
              address: d.address,
              distance_km: d.distance_km,
              due_at: d.due_at,
            }
          : null,
      }
    }),
  })
}
