import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { acceptDeliveryOfferWorkflow } from "../../../../../../workflows/deliveries/accept-delivery-offer"
import { driverIdOf } from "../../../../../utils"
import { service } from "../../../../../views"

/** POST /driver/me/offers/:id/accept — takes the delivery (409 when someone was first). */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  const { result } = await acceptDeliveryOfferWorkflow(req.scope).run({
    input: { offer_id: req.params.id, driver_id },
  })
  const delivery = await service(req.scope).retrieveDelivery(result.delivery_id)
  res.json({ delivery })
}
