import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { ReviewEvents } from "../../modules/reviews/events"
import { REVIEW_ALL_FIELDS } from "./fields"
import { recomputeReviewStatsStep } from "./steps/recompute-review-stats"
import {
  type ReviewModerationUpdate,
  updateReviewsStep,
} from "./steps/update-reviews"
import { validateReviewModerationStep } from "./steps/validate-review-moderation"

export const updateReviewsWorkflowId = "reviews-update-reviews"

export type UpdateReviewsWorkflowInput = {
  ids: string[]
  /** Approve or reject. */
  status?: "approved" | "rejected"
  /** Required with `rejected`; shown to the customer, not on the storefront. */
  rejection_reason?: string | null
  /** The merchant's one public reply (replaces an earlier one); `null` removes it. */
  reply?: string | null
}

type LoadedReview = {
  id: string
  status?: string | null
  product_id?: string | null
  customer_id?: string | null
}

/**
 * Merchant moderation of one or many reviews: approve, reject with a reason,
 * and/or reply. Recomputes the stats of the products involved and emits
 * `review.approved` / `review.rejected` for reviews whose status changed and
 * `review.replied` for a new reply.
 */
export const updateReviewsWorkflow = createWorkflow(
  updateReviewsWorkflowId,
  (input: UpdateReviewsWorkflowInput) => {
    const { data: loaded } = useQueryGraphStep({
      entity: "review",
      fields: ["id", "status", "product_id", "customer_id"],
      filters: { id: input.ids },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviews-load-reviews" })

    validateReviewModerationStep({
      status: input.status,
      rejection_reason: input.rejection_reason,
      reply: input.reply,
    })

    const plan = transform({ input, loaded }, ({ input, loaded }) => {
      const now = new Date()
      const reviews = loaded as LoadedReview[]
      const updates: ReviewModerationUpdate[] = reviews.map((review) => ({
        id: review.id,
        ...(input.status
          ? {
              status: input.status,
              rejection_reason:
                input.status === "rejected"
                  ? input.rejection_reason?.trim()
                  : null,
              moderated_at: now,
            }
          : {}),
        ...(input.reply !== undefined
          ? { reply: input.reply, replied_at: input.reply ? now : null }
          : {}),
      }))
      const payload = (review: LoadedReview) => ({
        id: review.id,
        product_id: review.product_id,
        customer_id: review.customer_id,
      })
      const changed = reviews.filter(
        (review) => input.status && review.status !== input.status
      )
      return {
        updates,
        product_ids: reviews.map((r) => r.product_id as string),
        approved: input.status === "approved" ? changed.map(payload) : [],
        rejected:
          input.status === "rejected"
            ? changed.map((r) => ({
                ...payload(r),
                rejection_reason: input.rejection_reason,
              }))
            : [],
        replied: input.reply
          ? reviews.map((r) => ({ ...payload(r), reply: input.reply }))
          : [],
        ids: reviews.map((r) => r.id),
      }
    })

    updateReviewsStep(plan.updates)
    recomputeReviewStatsStep({ product_ids: plan.product_ids })

    emitEventStep({
      eventName: ReviewEvents.APPROVED,
      data: plan.approved,
    }).config({ name: "reviews-emit-approved" })
    emitEventStep({
      eventName: ReviewEvents.REJECTED,
      data: plan.rejected,
    }).config({ name: "reviews-emit-rejected" })
    emitEventStep({
      eventName: ReviewEvents.REPLIED,
      data: plan.replied,
    }).config({ name: "reviews-emit-replied" })

    const { data: reviews } = useQueryGraphStep({
      entity: "review",
      fields: REVIEW_ALL_FIELDS,
      filters: { id: plan.ids },
    }).config({ name: "refetch-reviews" })

    return new WorkflowResponse(reviews)
  }
)
