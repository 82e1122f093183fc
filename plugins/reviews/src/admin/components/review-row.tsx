import { CheckCircleSolid, FlagMini } from "@medusajs/icons"
import { Badge, Button, Checkbox, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { AdminReview } from "../lib/types"
import { RatingStars } from "./rating-stars"
import { ReviewStatusBadge } from "./review-status-badge"

const EXCERPT = 120

const excerpt = (text: string) =>
  text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text

const customerName = (review: AdminReview) => {
  const c = review.customer
  const name = [c?.first_name, c?.last_name].filter(Boolean).join(" ")
  return name || review.author_name || c?.email || review.customer_id
}

export type ReviewRowActions = {
  onApprove: (review: AdminReview) => void
  onReject: (review: AdminReview) => void
  onReply: (review: AdminReview) => void
}

/** One review of the queue, with its moderation buttons. */
export const ReviewRow = ({
  review,
  selected,
  onSelect,
  busy,
  actions,
}: {
  review: AdminReview
  selected: boolean
  onSelect: (checked: boolean) => void
  busy: boolean
  actions: ReviewRowActions
}) => {
  const { t, i18n } = useTranslation()
  const date = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
  }).format(new Date(review.created_at))

  return (
    <Table.Row
      data-testid="review-row"
      data-review-id={review.id}
      className="[&_td]:align-top [&_td]:py-3"
    >
      <Table.Cell>
        <Checkbox
          checked={selected}
          onCheckedChange={(c) => onSelect(c === true)}
          aria-label={t("bozorReviews.row.select")}
          data-testid="review-select"
        />
      </Table.Cell>
      <Table.Cell className="max-w-[180px]">
        <Link
          to={`/products/${review.product_id}`}
          className="txt-compact-small text-ui-fg-interactive hover:underline"
        >
          {review.product?.title ?? review.product_id}
        </Link>
      </Table.Cell>
      <Table.Cell>
        <RatingStars rating={review.rating} />
      </Table.Cell>
      <Table.Cell className="max-w-[320px]">
        <div className="flex flex-col gap-y-1 whitespace-normal">
          {review.title && (
            <Text size="small" weight="plus">
              {review.title}
            </Text>
          )}
          <Text size="small" className="text-ui-fg-subtle">
            {excerpt(review.content)}
          </Text>
          {review.status === "rejected" && review.rejection_reason && (
            <Text
              size="xsmall"
              className="text-ui-fg-error"
              data-testid="review-rejection-reason"
            >
              {t("bozorReviews.row.rejectedBecause", {
                reason: review.rejection_reason,
              })}
            </Text>
          )}
          {review.reply && (
            <Badge size="2xsmall" color="blue" className="w-fit">
              {t("bozorReviews.row.replied")}
            </Badge>
          )}
        </div>
      </Table.Cell>
      <Table.Cell className="max-w-[180px]">
        <div className="flex flex-col">
          <Text size="small">{customerName(review)}</Text>
          {review.customer?.email && (
            <Text size="xsmall" className="text-ui-fg-muted truncate">
              {review.customer.email}
            </Text>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        {review.verified_purchase ? (
          <span
            className="flex items-center gap-x-1 text-ui-fg-interactive"
            data-testid="review-verified"
            title={t("bozorReviews.row.verified")}
          >
            <CheckCircleSolid />
          </span>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            {t("bozorReviews.row.notVerified")}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        {review.report_count > 0 ? (
          <Badge size="2xsmall" color="red" data-testid="review-reports">
            <FlagMini />
            {review.report_count}
          </Badge>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            0
          </Text>
        )}
      </Table.Cell>
      <Table.Cell>
        <ReviewStatusBadge status={review.status} />
      </Table.Cell>
      <Table.Cell>
        <Text size="small" className="whitespace-nowrap">
          {date}
        </Text>
      </Table.Cell>
      <Table.Cell>
        <div className="flex items-center justify-end gap-x-2">
          {review.status !== "approved" && (
            <Button
              size="small"
              variant="secondary"
              disabled={busy}
              onClick={() => actions.onApprove(review)}
              data-testid="review-approve"
            >
              {t("bozorReviews.actions.approve")}
            </Button>
          )}
          {review.status !== "rejected" && (
            <Button
              size="small"
              variant="secondary"
              disabled={busy}
              onClick={() => actions.onReject(review)}
              data-testid="review-reject"
            >
              {t("bozorReviews.actions.reject")}
            </Button>
          )}
          <Button
            size="small"
            variant="transparent"
            disabled={busy}
            onClick={() => actions.onReply(review)}
            data-testid="review-reply"
          >
            {t("bozorReviews.actions.reply")}
          </Button>
        </div>
      </Table.Cell>
    </Table.Row>
  )
}
