import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { assignDeliveryWorkflow } from "../../../../../workflows/deliveries/assign-delivery"
import { deliveryDetail } from "../../../../views"
import type { AdminAssignDeliveryType } from "../../validators"

/** POST /admin/deliveries/:id/assign — gives a pending/offered delivery to a driver. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminAssignDeliveryType>,
  res: MedusaResponse
) {
  await assignDeliveryWorkflow(req.scope).run({
    input: {
      delivery_id: req.params.id,
      driver_id: req.validatedBody.driver_id,
      user_id: req.auth_context.actor_id,
    },
  })
  res.json({ delivery: await deliveryDetail(req.scope, req.params.id) })
}
