import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PayPalPaymentCard } from "../components/paypal-payment-card"
import {
  isPayPalProvider,
  usePayPalPayments,
} from "../hooks/api/paypal-payments"

/**
 * Order page: the order's PayPal payments (PayPal order and capture ids,
 * statuses, amounts, refunds). Renders nothing for an order without one.
 */
const PayPalOrderPaymentsWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const {
    data: payments,
    isPending,
    isError,
    refetch,
  } = usePayPalPayments(order.id)
  // Only a PayPal order shows a loading state; others stay empty meanwhile.
  const paidWithPayPal = !!order.payment_collections?.some((collection) =>
    collection.payments?.some((payment) =>
      isPayPalProvider(payment.provider_id)
    )
  )

  const header = (
    <div className="px-6 py-4">
      <Heading level="h2">{t("paypal.payments.title")}</Heading>
    </div>
  )

  if (isPending) {
    return paidWithPayPal ? (
      <Container className="divide-y p-0" data-testid="paypal-order-widget">
        {header}
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("paypal.payments.loading")}
        </Text>
      </Container>
    ) : null
  }

  if (isError) {
    return (
      <Container className="divide-y p-0" data-testid="paypal-order-widget">
        {header}
        <div className="flex items-center justify-between gap-2 px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("paypal.payments.error")}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            {t("paypal.payments.retry")}
          </Button>
        </div>
      </Container>
    )
  }

  if (!payments.length) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="paypal-order-widget">
      {header}
      {payments.map((payment) => (
        <PayPalPaymentCard key={payment.id} payment={payment} />
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default PayPalOrderPaymentsWidget
