import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { dispatchDeliveryWorkflow } from "../../../../../workflows/deliveries/dispatch-delivery"
import { deliveryDetail } from "../../../../views"
import type { AdminDispatchDeliveryType } from "../../validators"

/**
 * POST /admin/deliveries/:id/dispatch — offers the delivery to the given
 * drivers (first to accept gets it), or to the nearest available one.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminDispatchDeliveryType>,
  res: MedusaResponse
) {
  const { result } = await dispatchDeliveryWorkflow(req.scope).run({
    input: {
      delivery_id: req.params.id,
      driver_ids: req.validatedBody.driver_ids,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({
    offers: result,
    delivery: await deliveryDetail(req.scope, req.params.id),
  })
}
