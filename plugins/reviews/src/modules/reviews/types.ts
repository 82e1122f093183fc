export type ReviewStatus = "pending" | "approved" | "rejected"

/** Options of the reviews plugin (its entry in `medusa-config.ts` `plugins`). */
export type ReviewsModuleOptions = {
  /**
   * Store new and edited reviews as `approved` at once instead of `pending`.
   * Default `false` (Bozor app: env `REVIEWS_AUTO_APPROVE=true`).
   */
  autoApprove?: boolean
  /**
   * Most reviews (created, not edited) one customer may write within
   * `rateLimitWindowSeconds` (Bozor app: env `REVIEWS_RATE_LIMIT_MAX`). Default 5; 0 turns the limit off.
   */
  rateLimitMax?: number
  /** Length of the rate-limit window in seconds (Bozor app: env `REVIEWS_RATE_LIMIT_WINDOW_SECONDS`). Default 3600. */
  rateLimitWindowSeconds?: number
}

export type ResolvedReviewsModuleOptions = Required<ReviewsModuleOptions>

export const DEFAULT_REVIEWS_OPTIONS: ResolvedReviewsModuleOptions = {
  autoApprove: false,
  rateLimitMax: 5,
  rateLimitWindowSeconds: 3600,
}

/** What a customer writes (create or edit). */
export type ReviewContentInput = {
  rating: number
  title?: string | null
  content: string
  media?: string[] | null
}

export type UpsertCustomerReviewInput = ReviewContentInput & {
  product_id: string
  customer_id: string
  author_name?: string | null
  verified_purchase: boolean
}

/** A review row as stored (the columns the module's custom methods return). */
export type ReviewRow = {
  id: string
  product_id: string
  customer_id: string
  author_name: string | null
  rating: number
  title: string | null
  content: string
  media: string[] | null
  status: ReviewStatus
  verified_purchase: boolean
  rejection_reason: string | null
  reply: string | null
  replied_at: Date | null
  moderated_at: Date | null
  helpful_count: number
  unhelpful_count: number
  report_count: number
  created_at: Date
  updated_at: Date
  deleted_at: Date | null
}

export type UpsertCustomerReviewResult = {
  review: ReviewRow
  created: boolean
  /** The row before an edit; `null` when the review was created. */
  previous: ReviewRow | null
}

export type ReviewStatsRow = {
  id: string
  product_id: string
  count: number
  average: number
  rating_1: number
  rating_2: number
  rating_3: number
  rating_4: number
  rating_5: number
  updated_at?: Date
}

/** Stats as the Store API returns them. */
export type ReviewStatsDTO = {
  average: number
  count: number
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>
}

export type ReviewVoteRow = {
  id: string
  review_id: string
  customer_id: string
  helpful: boolean
}
