import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../modules/reviews/events"
import { setReviewReportStep } from "./steps/set-review-report"
import { validateReviewInteractionStep } from "./steps/validate-review-interaction"

export const reportReviewWorkflowId = "reviews-report-review"

export type ReportReviewWorkflowInput = {
  review_id: string
  /** The authenticated customer. */
  customer_id: string
  reason?: string | null
}

/** Flags a published review for the merchant (one report per customer, repeatable). */
export const reportReviewWorkflow = createWorkflow(
  reportReviewWorkflowId,
  (input: ReportReviewWorkflowInput) => {
    const { data: reviews } = useQueryGraphStep({
      entity: "review",
      fields: ["id", "status", "customer_id", "product_id"],
      filters: { id: input.review_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviews-load-review" })

    const review = transform({ reviews }, ({ reviews }) => reviews[0])
    validateReviewInteractionStep({
      review,
      customer_id: input.customer_id,
      allow_own: true,
    })

    const result = setReviewReportStep({
      review_id: input.review_id,
      customer_id: input.customer_id,
      reason: input.reason,
    })

    const events = transform({ result, review }, ({ result, review }) =>
      result.created
        ? [
            {
              id: review.id,
              product_id: review.product_id,
              customer_id: review.customer_id,
              report_count: result.review.report_count,
            },
          ]
        : []
    )
    emitEventStep({ eventName: ReviewEvents.REPORTED, data: events })

    return new WorkflowResponse(
      transform({ result }, ({ result }) => ({
        id: result.review.id,
        reported: true,
      }))
    )
  }
)
