export type ReviewStatus = "pending" | "approved" | "rejected"

/** A review as `GET /admin/reviews` answers it with the queue's fields. */
export type AdminReview = {
  id: string
  product_id: string
  customer_id: string
  author_name: string | null
  rating: number
  title: string | null
  content: string
  status: ReviewStatus
  verified_purchase: boolean
  rejection_reason: string | null
  reply: string | null
  report_count: number
  created_at: string
  product?: { id: string; title: string; thumbnail: string | null } | null
  customer?: {
    id: string
    email: string
    first_name: string | null
    last_name: string | null
  } | null
}

export type AdminReviewsResponse = {
  reviews: AdminReview[]
  count: number
  offset: number
  limit: number
}

export type ReviewFilters = {
  status?: ReviewStatus
  rating?: number
  product_id?: string
  reported?: boolean
}

export type ReviewStats = {
  product_id: string
  average: number
  count: number
  distribution: Record<"1" | "2" | "3" | "4" | "5", number>
}
