import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"
import type {
  AdminReview,
  AdminReviewsResponse,
  ReviewFilters,
  ReviewStats,
} from "../../lib/types"

const REVIEW_QUEUE_FIELDS = [
  "id",
  "product_id",
  "customer_id",
  "author_name",
  "rating",
  "title",
  "content",
  "status",
  "verified_purchase",
  "rejection_reason",
  "reply",
  "report_count",
  "created_at",
  "product.id",
  "product.title",
  "product.thumbnail",
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
].join(",")

export const reviewsQueryKeys = {
  all: ["bozor-reviews"] as const,
  list: (q: object) => ["bozor-reviews", "list", q] as const,
  stats: (productId: string) => ["bozor-reviews", "stats", productId] as const,
  pending: (productId: string) =>
    ["bozor-reviews", "pending", productId] as const,
}

/** One page of the moderation queue, filtered. */
export const useReviews = (
  filters: ReviewFilters,
  page: { limit: number; offset: number }
) => {
  const query = {
    ...filters,
    ...page,
    order: "-created_at",
    fields: REVIEW_QUEUE_FIELDS,
  }
  return useQuery({
    queryKey: reviewsQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminReviewsResponse>("/admin/reviews", { query }),
  })
}

/** A product's approved-review stats (average, count, per star). */
export const useReviewStats = (productId: string) =>
  useQuery({
    queryKey: reviewsQueryKeys.stats(productId),
    queryFn: () =>
      sdk.client.fetch<{ stats: ReviewStats }>("/admin/reviews/stats", {
        query: { product_id: productId },
      }),
  })

/** How many of a product's reviews wait for moderation. */
export const usePendingReviewCount = (productId: string) =>
  useQuery({
    queryKey: reviewsQueryKeys.pending(productId),
    queryFn: () =>
      sdk.client.fetch<AdminReviewsResponse>("/admin/reviews", {
        query: {
          product_id: productId,
          status: "pending",
          limit: 1,
          fields: "id",
        },
      }),
  })

export type UpdateReviewBody =
  | { status: "approved" }
  | { status: "rejected"; rejection_reason: string }
  | { reply: string | null }

export const useUpdateReview = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateReviewBody }) =>
      sdk.client.fetch<{ review: AdminReview }>(`/admin/reviews/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: reviewsQueryKeys.all }),
  })
}

export type BatchReviewsBody =
  | { ids: string[]; status: "approved" }
  | { ids: string[]; status: "rejected"; rejection_reason: string }

export const useBatchReviews = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: BatchReviewsBody) =>
      sdk.client.fetch<{ reviews: AdminReview[] }>("/admin/reviews/batch", {
        method: "POST",
        body,
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: reviewsQueryKeys.all }),
  })
}
