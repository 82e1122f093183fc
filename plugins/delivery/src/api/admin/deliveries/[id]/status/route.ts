import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateDeliveryStatusWorkflow } from "../../../../../workflows/deliveries/update-delivery-status"
import { deliveryDetail } from "../../../../views"
import type { AdminDeliveryStatusType } from "../../validators"

/** POST /admin/deliveries/:id/status — the merchant moves a delivery (same rules as drivers). */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminDeliveryStatusType>,
  res: MedusaResponse
) {
  await updateDeliveryStatusWorkflow(req.scope).run({
    input: {
      delivery_id: req.params.id,
      status: req.validatedBody.status,
      reason: req.validatedBody.reason ?? null,
      actor_type: "user",
      actor_id: req.auth_context.actor_id,
    },
  })
  res.json({ delivery: await deliveryDetail(req.scope, req.params.id) })
}
