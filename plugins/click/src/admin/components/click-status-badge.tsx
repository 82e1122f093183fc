import { StatusBadge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { ClickTransactionStatus } from "../hooks/api/click-transactions"

const COLORS: Record<
  ClickTransactionStatus,
  "blue" | "orange" | "green" | "grey"
> = {
  prepared: "blue",
  confirming: "orange",
  confirmed: "green",
  cancelled: "grey",
}

/** A Click attempt's status with its meaning on hover. */
export const ClickStatusBadge = ({
  status,
}: {
  status: ClickTransactionStatus
}) => {
  const { t } = useTranslation()
  return (
    <Tooltip content={t(`click.transactions.statusHints.${status}`)}>
      <StatusBadge
        color={COLORS[status] ?? "grey"}
        data-testid="click-transaction-status"
        data-status={status}
      >
        {t(`click.transactions.statuses.${status}`, { defaultValue: status })}
      </StatusBadge>
    </Tooltip>
  )
}
