import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEWS_MODULE } from "../../../modules/reviews"
import type ReviewsModuleService from "../../../modules/reviews/service"
import type { ReviewStatus } from "../../../modules/reviews/types"
import { invalidateStoreReviews } from "../../../utils/store-reviews-cache"

export const updateReviewsStepId = "reviews-update-reviews-step"

/** The moderation fields a merchant changes. */
export type ReviewModerationUpdate = {
  id: string
  status?: ReviewStatus
  rejection_reason?: string | null
  moderated_at?: Date | null
  reply?: string | null
  replied_at?: Date | null
}

const SNAPSHOT_FIELDS = [
  "id",
  "status",
  "rejection_reason",
  "moderated_at",
  "reply",
  "replied_at",
  "product_id",
] as const

/**
 * Applies moderation changes (status, rejection reason, reply) to reviews.
 * Compensation: restores the snapshot of those fields taken before.
 */
export const updateReviewsStep = createStep(
  updateReviewsStepId,
  async (updates: ReviewModerationUpdate[], { container }) => {
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    if (!updates.length) {
      return new StepResponse([], [])
    }
    const previous = await service.listReviews(
      { id: updates.map((u) => u.id) },
      { select: [...SNAPSHOT_FIELDS] }
    )
    const updated = await service.updateReviews(updates)
    const productIds = previous.map((p) => p.product_id)
    await invalidateStoreReviews(container, productIds)
    return new StepResponse(
      updated,
      previous.map(({ product_id: _productId, ...p }) => ({
        id: p.id,
        status: p.status,
        rejection_reason: p.rejection_reason,
        moderated_at: p.moderated_at,
        reply: p.reply,
        replied_at: p.replied_at,
      }))
    )
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
    await service.updateReviews(previous)
    const reviews = await service.listReviews(
      { id: previous.map((p) => p.id) },
      { select: ["id", "product_id"] }
    )
    await invalidateStoreReviews(
      container,
      reviews.map((r) => r.product_id)
    )
  }
)
