import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { rateDeliveryWorkflow } from "../../../../../../workflows/deliveries/rate-delivery"
import type { StoreRateDeliveryType } from "../../../validators"

/** POST /store/orders/:id/delivery/rating — 1–5 for the courier, once per delivery. */
export async function POST(
  req: AuthenticatedMedusaRequest<StoreRateDeliveryType>,
  res: MedusaResponse
) {
  const { result } = await rateDeliveryWorkflow(req.scope).run({
    input: {
      order_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      rating: req.validatedBody.rating,
      comment: req.validatedBody.comment ?? null,
    },
  })
  res.status(201).json({ rating: result })
}
