import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import {
  Button,
  Checkbox,
  Container,
  Heading,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { RejectReviewsPrompt } from "../../components/reject-reviews-prompt"
import { ReplyDrawer } from "../../components/reply-drawer"
import { ReviewFilters } from "../../components/review-filters"
import { ReviewRow } from "../../components/review-row"
import {
  useBatchReviews,
  useReviews,
  useUpdateReview,
} from "../../hooks/api/reviews"
import { PAGE_SIZE, useReviewFilters } from "../../hooks/use-review-filters"
import type { AdminReview } from "../../lib/types"

const ReviewsPage = () => {
  const { t } = useTranslation()
  const { filters, statusValue, page, pagination, setFilter, setPage, clear } =
    useReviewFilters()
  const { data, isLoading, isError, error } = useReviews(filters, pagination)
  const update = useUpdateReview()
  const batch = useBatchReviews()

  const [selected, setSelected] = useState<string[]>([])
  const [rejecting, setRejecting] = useState<string[]>([])
  const [replyingTo, setReplyingTo] = useState<AdminReview | null>(null)

  const reviews = data?.reviews ?? []
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const busy = update.isPending || batch.isPending

  // A selection never outlives the page it was made on.
  const pageKey = JSON.stringify([filters, page])
  useEffect(() => setSelected([]), [pageKey])

  const approve = async (ids: string[]) => {
    try {
      if (ids.length === 1) {
        await update.mutateAsync({ id: ids[0], body: { status: "approved" } })
      } else {
        await batch.mutateAsync({ ids, status: "approved" })
      }
      toast.success(t("bozorReviews.toasts.approved", { count: ids.length }))
      setSelected([])
    } catch (e) {
      toast.error((e as Error).message || t("bozorReviews.toasts.failed"))
    }
  }

  const allSelected =
    reviews.length > 0 && reviews.every((r) => selected.includes(r.id))

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">{t("bozorReviews.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorReviews.subtitle")}
          </Text>
        </div>
      </div>
      <ReviewFilters
        filters={filters}
        statusValue={statusValue}
        onChange={setFilter}
        onClear={clear}
      />
      {selected.length > 0 && (
        <div
          className="flex items-center gap-x-2 bg-ui-bg-subtle px-6 py-3"
          data-testid="batch-bar"
        >
          <Button
            size="small"
            onClick={() => approve(selected)}
            disabled={busy}
            data-testid="batch-approve"
          >
            {t("bozorReviews.actions.approveSelected", {
              count: selected.length,
            })}
          </Button>
          <Button
            size="small"
            variant="danger"
            onClick={() => setRejecting(selected)}
            disabled={busy}
            data-testid="batch-reject"
          >
            {t("bozorReviews.actions.rejectSelected", {
              count: selected.length,
            })}
          </Button>
          <Button
            size="small"
            variant="transparent"
            onClick={() => setSelected([])}
          >
            {t("bozorReviews.actions.clearSelection")}
          </Button>
        </div>
      )}
      {isLoading ? (
        <div className="px-6 py-10" data-testid="reviews-loading">
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorReviews.loading")}
          </Text>
        </div>
      ) : isError ? (
        <div className="px-6 py-10" data-testid="reviews-error">
          <Text size="small" className="text-ui-fg-error">
            {t("bozorReviews.error")} {(error as Error)?.message}
          </Text>
        </div>
      ) : reviews.length === 0 ? (
        <div
          className="flex flex-col items-center gap-y-1 px-6 py-16"
          data-testid="reviews-empty"
        >
          <Text size="small" weight="plus">
            {t("bozorReviews.empty.title")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorReviews.empty.description")}
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table data-testid="reviews-table">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="w-8">
                  <Checkbox
                    checked={allSelected}
                    onCheckedChange={(c) =>
                      setSelected(c === true ? reviews.map((r) => r.id) : [])
                    }
                    aria-label={t("bozorReviews.row.selectAll")}
                    data-testid="review-select-all"
                  />
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.product")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.rating")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.review")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.customer")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.verified")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.reports")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.status")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorReviews.columns.date")}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("bozorReviews.columns.actions")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {reviews.map((review) => (
                <ReviewRow
                  key={review.id}
                  review={review}
                  busy={busy}
                  selected={selected.includes(review.id)}
                  onSelect={(checked) =>
                    setSelected((prev) =>
                      checked
                        ? [...prev, review.id]
                        : prev.filter((id) => id !== review.id)
                    )
                  }
                  actions={{
                    onApprove: (r) => approve([r.id]),
                    onReject: (r) => setRejecting([r.id]),
                    onReply: setReplyingTo,
                  }}
                />
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Table.Pagination
        count={count}
        pageSize={PAGE_SIZE}
        pageIndex={page}
        pageCount={pageCount}
        canPreviousPage={page > 0}
        canNextPage={page + 1 < pageCount}
        previousPage={() => setPage(page - 1)}
        nextPage={() => setPage(page + 1)}
        data-testid="reviews-pagination"
      />
      <RejectReviewsPrompt
        ids={rejecting}
        onClose={() => setRejecting([])}
        onDone={() => setSelected([])}
      />
      <ReplyDrawer review={replyingTo} onClose={() => setReplyingTo(null)} />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "bozorReviews.menu",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export default ReviewsPage
