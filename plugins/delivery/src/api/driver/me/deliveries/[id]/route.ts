import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { driverIdOf } from "../../../../utils"
import { service } from "../../../../views"

/** GET /driver/me/deliveries/:id — one of the driver's own deliveries (404 otherwise). */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  const s = service(req.scope)
  const [delivery] = await s.listDeliveries({ id: req.params.id, driver_id })
  if (!delivery) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Delivery with id ${req.params.id} was not found.`
    )
  }
  const events = await s.listDeliveryEvents(
    { delivery_id: delivery.id },
    { order: { created_at: "ASC" } }
  )
  res.json({ delivery: { ...delivery, events } })
}
