import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { voteOnReviewWorkflow } from "../../../../../workflows/reviews/vote-on-review"
import type { StoreVoteOnReviewType } from "../../validators"

/** `POST /store/reviews/:id/votes`: the customer's helpful / not helpful vote; a new vote replaces theirs. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreVoteOnReviewType>,
  res: MedusaResponse
) => {
  const { result } = await voteOnReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      helpful: req.validatedBody.helpful,
    },
  })
  res.json({ review: result, vote: { helpful: req.validatedBody.helpful } })
}
