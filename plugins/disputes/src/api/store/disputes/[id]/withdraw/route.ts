import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { changeDisputeStatusWorkflow } from "../../../../../workflows/disputes/change-dispute-status"
import { refetchStoreDispute } from "../../helpers"
import type { StoreWithdrawDisputeType } from "../../validators"

/** `POST /store/disputes/:id/withdraw`: the customer withdraws an open or under-review dispute. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreWithdrawDisputeType>,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  await changeDisputeStatusWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      to: "withdrawn",
      actor: { type: "customer", id: customerId },
      note: req.validatedBody.note,
    },
  })
  const dispute = await refetchStoreDispute(
    req.scope,
    req.params.id,
    customerId
  )
  res.json({ dispute })
}
