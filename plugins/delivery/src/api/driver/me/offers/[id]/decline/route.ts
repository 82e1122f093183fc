import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { declineDeliveryOfferWorkflow } from "../../../../../../workflows/deliveries/decline-delivery-offer"
import { driverIdOf } from "../../../../../utils"
import { service } from "../../../../../views"

/** POST /driver/me/offers/:id/decline — the delivery goes to the next driver. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const driver_id = driverIdOf(req)
  await declineDeliveryOfferWorkflow(req.scope).run({
    input: { offer_id: req.params.id, driver_id },
  })
  const offer = await service(req.scope).retrieveDeliveryOffer(req.params.id)
  res.json({ offer })
}
