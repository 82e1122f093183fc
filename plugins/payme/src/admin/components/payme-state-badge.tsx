import { StatusBadge, Tooltip } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

const COLORS: Record<number, "blue" | "green" | "grey" | "orange"> = {
  1: "blue",
  2: "green",
  [-1]: "grey",
  [-2]: "orange",
}

/** A Payme transaction state (1, 2, -1, -2) with its meaning on hover. */
export const PaymeStateBadge = ({ state }: { state: number }) => {
  const { t } = useTranslation()
  return (
    <Tooltip content={t(`payme.transactions.stateHints.${state}`)}>
      <StatusBadge
        color={COLORS[state] ?? "grey"}
        data-testid="payme-transaction-state"
        data-state={state}
      >
        {t(`payme.transactions.states.${state}`, { defaultValue: state })}
      </StatusBadge>
    </Tooltip>
  )
}
