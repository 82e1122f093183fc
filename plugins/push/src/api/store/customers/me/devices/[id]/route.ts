import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { removePushDeviceWorkflow } from "../../../../../../workflows/push/remove-push-device"

/** `DELETE /store/customers/me/devices/:id`: removes one of the customer's own devices. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { result } = await removePushDeviceWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json({ id: result, object: "push_device", deleted: true })
}
