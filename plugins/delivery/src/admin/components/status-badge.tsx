import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const COLORS: Record<string, "green" | "red" | "orange" | "blue" | "grey"> = {
  pending: "grey",
  under_review: "orange",
  approved: "green",
  rejected: "red",
  offered: "orange",
  assigned: "blue",
  picked_up: "blue",
  in_transit: "blue",
  delivered: "green",
  failed: "red",
}

/** A driver's or a delivery's status, coloured. */
export const DeliveryStatusBadge = ({ status }: { status: string }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={COLORS[status] ?? "grey"} data-status={status}>
      {t(`bozorDelivery.status.${status}`, { defaultValue: status })}
    </StatusBadge>
  )
}
