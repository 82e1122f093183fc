import { useSearchParams } from "react-router-dom"
import type { ReviewFilters, ReviewStatus } from "../lib/types"

const STATUSES: ReviewStatus[] = ["pending", "approved", "rejected"]
export const PAGE_SIZE = 20

/**
 * The queue's filters live in the URL (so the product widget can link to a
 * product's reviews): no `status` means the pending queue, `status=all`
 * every status.
 */
export const useReviewFilters = () => {
  const [params, setParams] = useSearchParams()
  const statusValue = params.get("status") ?? "pending"
  const rating = Number(params.get("rating"))
  const reported = params.get("reported")
  const page = Math.max(0, Number(params.get("page")) || 0)

  const filters: ReviewFilters = {
    status: STATUSES.includes(statusValue as ReviewStatus)
      ? (statusValue as ReviewStatus)
      : undefined,
    rating: rating >= 1 && rating <= 5 ? rating : undefined,
    product_id: params.get("product_id") || undefined,
    reported:
      reported === "true" ? true : reported === "false" ? false : undefined,
  }

  const setFilter = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev)
      // `status=all` is kept: without it the queue falls back to pending.
      if (value === "all" && key !== "status") {
        next.delete(key)
      } else {
        next.set(key, value)
      }
      next.delete("page")
      return next
    })

  const setPage = (index: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev)
      next.set("page", String(index))
      return next
    })

  const clear = () => setParams(new URLSearchParams())

  return {
    filters,
    statusValue,
    page,
    pagination: { limit: PAGE_SIZE, offset: page * PAGE_SIZE },
    setFilter,
    setPage,
    clear,
  }
}
