import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import { invalidateStoreReviews } from "../../../utils/store-reviews-cache"

export const setReviewVoteStepId = "reviews-set-review-vote-step"

export type SetReviewVoteStepInput = {
  review_id: string
  customer_id: string
  helpful: boolean
}

/**
 * Sets the customer's vote on a review (one per customer; a new vote
 * replaces the old) and recounts the review's vote counters.
 * Compensation: puts the previous vote (or none) back.
 */
export const setReviewVoteStep = createStep(
  setReviewVoteStepId,
  async (input: SetReviewVoteStepInput, { container }) => {
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const { previous, review } = await service.setReviewVote(
      input.review_id,
      input.customer_id,
      input.helpful
    )
    await invalidateStoreReviews(container, [review.product_id])
    return new StepResponse(review, {
      review_id: input.review_id,
      product_id: review.product_id,
      customer_id: input.customer_id,
      previous,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    await service.setReviewVote(undo.review_id, undo.customer_id, undo.previous)
    await invalidateStoreReviews(container, [undo.product_id])
  }
)
