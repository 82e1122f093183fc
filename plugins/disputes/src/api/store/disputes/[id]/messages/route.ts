import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addDisputeMessageWorkflow } from "../../../../../workflows/disputes/add-dispute-message"
import { refetchStoreDispute } from "../../helpers"
import type { StoreAddDisputeMessageType } from "../../validators"

/** `POST /store/disputes/:id/messages`: a message or evidence while the dispute is not closed. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreAddDisputeMessageType>,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  await addDisputeMessageWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      author_type: "customer",
      author_id: customerId,
      body: req.validatedBody.body,
      evidence: req.validatedBody.evidence,
    },
  })
  const dispute = await refetchStoreDispute(
    req.scope,
    req.params.id,
    customerId
  )
  res.json({ dispute })
}
