import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { setReviewVoteStep } from "./steps/set-review-vote"
import { validateReviewInteractionStep } from "./steps/validate-review-interaction"

export const voteOnReviewWorkflowId = "reviews-vote-on-review"

export type VoteOnReviewWorkflowInput = {
  review_id: string
  /** The authenticated customer. */
  customer_id: string
  helpful: boolean
}

/** Records the customer's helpful / not helpful vote (one per customer, changeable). */
export const voteOnReviewWorkflow = createWorkflow(
  voteOnReviewWorkflowId,
  (input: VoteOnReviewWorkflowInput) => {
    const { data: reviews } = useQueryGraphStep({
      entity: "review",
      fields: ["id", "status", "customer_id"],
      filters: { id: input.review_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviews-load-review" })

    const review = transform({ reviews }, ({ reviews }) => reviews[0])
    validateReviewInteractionStep({
      review,
      customer_id: input.customer_id,
      allow_own: false,
    })

    const updated = setReviewVoteStep({
      review_id: input.review_id,
      customer_id: input.customer_id,
      helpful: input.helpful,
    })

    return new WorkflowResponse(
      transform({ updated }, ({ updated }) => ({
        id: updated.id,
        helpful_count: updated.helpful_count,
        unhelpful_count: updated.unhelpful_count,
      }))
    )
  }
)
