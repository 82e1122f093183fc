import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

export const deleteReviewsStepId = "reviews-delete-reviews-step"

/** Soft-deletes reviews. Compensation: restores them. */
export const deleteReviewsStep = createStep(
  deleteReviewsStepId,
  async (ids: string[], { container }) => {
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    await service.softDeleteReviews(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    await service.restoreReviews(ids)
  }
)
