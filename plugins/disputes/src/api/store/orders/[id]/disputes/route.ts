import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { openDisputeWorkflow } from "../../../../../workflows/disputes/open-dispute"
import { refetchStoreDispute } from "../../../disputes/helpers"
import type { StoreCreateDisputeType } from "../../../disputes/validators"

/** `POST /store/orders/:id/disputes`: open a dispute on the customer's own order. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreCreateDisputeType>,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  const { result } = await openDisputeWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      order_id: req.params.id,
      customer_id: customerId,
    },
  })
  const dispute = await refetchStoreDispute(req.scope, result.id, customerId)
  res.status(201).json({ dispute })
}
