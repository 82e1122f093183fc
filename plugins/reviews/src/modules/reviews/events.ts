/**
 * Event names emitted by the reviews workflows. Every payload has `{ id,
 * product_id, customer_id }`; `review.rejected` adds `rejection_reason`,
 * `review.replied` adds `reply`, `review.reported` adds `report_count`.
 */
export const ReviewEvents = {
  CREATED: "review.created",
  UPDATED: "review.updated",
  APPROVED: "review.approved",
  REJECTED: "review.rejected",
  REPLIED: "review.replied",
  DELETED: "review.deleted",
  REPORTED: "review.reported",
} as const

export type ReviewEventName = (typeof ReviewEvents)[keyof typeof ReviewEvents]
