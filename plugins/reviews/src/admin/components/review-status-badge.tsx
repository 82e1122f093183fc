import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ReviewStatus } from "../lib/types"

const COLORS = {
  pending: "orange",
  approved: "green",
  rejected: "red",
} as const

export const ReviewStatusBadge = ({ status }: { status: ReviewStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge
      color={COLORS[status]}
      data-testid="review-status"
      data-status={status}
    >
      {t(`bozorReviews.status.${status}`)}
    </StatusBadge>
  )
}
