import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type {
  ReviewRow,
  UpsertCustomerReviewInput,
} from "../../../modules/reviews/types"
import { invalidateStoreReviews } from "../../../utils/store-reviews-cache"

export const upsertCustomerReviewStepId = "reviews-upsert-customer-review-step"

/**
 * Creates the customer's review of the product, or edits the existing one
 * (the module serialises a customer's writes and applies the rate limit).
 * Compensation: deletes a created review, or puts an edited one back.
 */
export const upsertCustomerReviewStep = createStep(
  upsertCustomerReviewStepId,
  async (input: UpsertCustomerReviewInput, { container }) => {
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const result = await service.upsertCustomerReview(input)
    await invalidateStoreReviews(container, [result.review.product_id])
    return new StepResponse(result, {
      id: result.review.id,
      product_id: result.review.product_id,
      previous: result.previous,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    if (!undo.previous) {
      await service.deleteReviews(undo.id)
    } else {
      await service.updateReviews(toUpdate(undo.previous))
    }
    await invalidateStoreReviews(container, [undo.product_id])
  }
)

function toUpdate(row: ReviewRow) {
  return {
    id: row.id,
    rating: row.rating,
    title: row.title,
    content: row.content,
    media: row.media,
    status: row.status,
    rejection_reason: row.rejection_reason,
    moderated_at: row.moderated_at,
    verified_purchase: row.verified_purchase,
  }
}
