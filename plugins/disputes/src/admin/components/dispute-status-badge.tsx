import { Badge, StatusBadge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { Dispute, DisputeStatus } from "../lib/types"
import { isOverdue } from "../lib/types"

const STATUS_COLOR: Record<
  DisputeStatus,
  "orange" | "blue" | "green" | "red" | "grey"
> = {
  open: "orange",
  under_review: "blue",
  resolved: "green",
  rejected: "red",
  withdrawn: "grey",
}

export const DisputeStatusBadge = ({ status }: { status: DisputeStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={STATUS_COLOR[status]} data-testid="dispute-status">
      {t(`disputes.status.${status}`)}
    </StatusBadge>
  )
}

/** Shown only while the SLA job's flag still applies (see `isOverdue`). */
export const OverdueBadge = ({ dispute }: { dispute: Dispute }) => {
  const { t } = useTranslation()
  if (!isOverdue(dispute)) {
    return null
  }
  return (
    <Tooltip content={t("disputes.overdueHint")}>
      <Badge color="red" size="2xsmall" data-testid="dispute-overdue">
        {t("disputes.overdue")}
      </Badge>
    </Tooltip>
  )
}
