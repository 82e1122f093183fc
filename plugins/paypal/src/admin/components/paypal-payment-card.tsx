import type { AdminPayment } from "@medusajs/framework/types"
import { StatusBadge, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { formatMoney, formatTime } from "./format"

/** What the provider keeps in the payment's `data` (see the provider's types). */
type PayPalData = {
  paypal_order_id?: string
  order_status?: string
  capture_id?: string
  capture_status?: string
  authorization_id?: string
  intent?: string
  refund_ids?: string[]
}

const sum = (rows?: { amount: number | string }[] | null) =>
  (rows ?? []).reduce((total, row) => total + Number(row.amount), 0)

const statusOf = (payment: AdminPayment) =>
  payment.canceled_at
    ? "canceled"
    : payment.refunds?.length
      ? sum(payment.refunds) >= Number(payment.amount)
        ? "refunded"
        : "partiallyRefunded"
      : payment.captured_at
        ? "captured"
        : "authorized"

const STATUS_COLORS = {
  authorized: "blue",
  captured: "green",
  partiallyRefunded: "orange",
  refunded: "orange",
  canceled: "grey",
} as const

const Row = ({
  label,
  children,
  testId,
}: {
  label: string
  children: ReactNode
  testId?: string
}) => (
  <div className="grid grid-cols-2 items-start gap-2 px-6 py-2">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="break-all text-right" data-testid={testId}>
      {children}
    </Text>
  </div>
)

/** One PayPal payment: PayPal's ids and statuses, Medusa's amounts and refunds. */
export const PayPalPaymentCard = ({ payment }: { payment: AdminPayment }) => {
  const { t, i18n } = useTranslation()
  const locale = i18n.language || "en"
  const data = (payment.data ?? {}) as PayPalData
  const money = (amount: number | string) =>
    formatMoney(amount, payment.currency_code, locale)
  const status = statusOf(payment)

  return (
    <div
      className="py-2"
      data-testid="paypal-payment"
      data-payment-id={payment.id}
    >
      <div className="flex items-center justify-between px-6 py-2">
        <Text size="small" className="font-mono text-ui-fg-subtle">
          {payment.id}
        </Text>
        <StatusBadge
          color={STATUS_COLORS[status]}
          data-testid="paypal-payment-status"
        >
          {t(`paypal.payments.statuses.${status}`)}
        </StatusBadge>
      </div>
      <Row label={t("paypal.payments.orderId")} testId="paypal-order-id">
        {data.paypal_order_id ?? "—"}
      </Row>
      <Row label={t("paypal.payments.orderStatus")}>
        {data.order_status ?? "—"}
      </Row>
      <Row label={t("paypal.payments.captureId")} testId="paypal-capture-id">
        {data.capture_id ?? data.authorization_id ?? "—"}
      </Row>
      <Row label={t("paypal.payments.captureStatus")}>
        {data.capture_status ?? "—"}
      </Row>
      <Row label={t("paypal.payments.amount")} testId="paypal-amount">
        {money(payment.amount)}
      </Row>
      <Row label={t("paypal.payments.captured")}>
        {payment.captured_at
          ? `${money(sum(payment.captures))} · ${formatTime(payment.captured_at, locale)}`
          : "—"}
      </Row>
      <Row label={t("paypal.payments.refunded")} testId="paypal-refunded">
        {money(sum(payment.refunds))}
      </Row>
      {(payment.refunds ?? []).map((refund) => (
        <Row
          key={refund.id}
          label={t("paypal.payments.refund", {
            date: formatTime(refund.created_at, locale),
          })}
        >
          {`−${money(refund.amount)}`}
        </Row>
      ))}
    </div>
  )
}
