import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../modules/reviews/events"
import { deleteReviewsStep } from "./steps/delete-reviews"
import { recomputeReviewStatsStep } from "./steps/recompute-review-stats"

export const deleteReviewsWorkflowId = "reviews-delete-reviews"

export type DeleteReviewsWorkflowInput = { ids: string[] }

/** Deletes reviews (soft delete) and recomputes their products' stats. */
export const deleteReviewsWorkflow = createWorkflow(
  deleteReviewsWorkflowId,
  (input: DeleteReviewsWorkflowInput) => {
    const { data: loaded } = useQueryGraphStep({
      entity: "review",
      fields: ["id", "product_id", "customer_id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviews-load-reviews" })

    const plan = transform({ loaded }, ({ loaded }) => ({
      ids: loaded.map((r) => r.id as string),
      product_ids: loaded.map((r) => r.product_id as string),
      events: loaded.map((r) => ({
        id: r.id,
        product_id: r.product_id,
        customer_id: r.customer_id,
      })),
    }))

    deleteReviewsStep(plan.ids)
    recomputeReviewStatsStep({ product_ids: plan.product_ids })
    emitEventStep({ eventName: ReviewEvents.DELETED, data: plan.events })

    return new WorkflowResponse(plan.ids)
  }
)
