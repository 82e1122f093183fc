import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"

export const setReviewReportStepId = "reviews-set-review-report-step"

export type SetReviewReportStepInput = {
  review_id: string
  customer_id: string
  reason?: string | null
}

/**
 * Records the customer's abuse report on a review (one per customer; a
 * repeated report updates the reason) and recounts `report_count`.
 * Compensation: puts the previous report (or none) back.
 */
export const setReviewReportStep = createStep(
  setReviewReportStepId,
  async (input: SetReviewReportStepInput, { container }) => {
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    const { previous, review } = await service.setReviewReport(
      input.review_id,
      input.customer_id,
      { reason: input.reason ?? null }
    )
    return new StepResponse(
      { review, created: previous === null },
      {
        review_id: input.review_id,
        customer_id: input.customer_id,
        previous,
      }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    await service.setReviewReport(
      undo.review_id,
      undo.customer_id,
      undo.previous
    )
  }
)
