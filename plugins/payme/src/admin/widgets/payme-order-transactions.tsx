import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { PaymeTransactionsTable } from "../components/payme-transactions-table"
import { usePaymeTransactions } from "../hooks/api/payme-transactions"

const isPaymeProvider = (providerId?: string | null) =>
  !!providerId?.startsWith("pp_payme_")

/**
 * Order page: the order's Payme transaction log. Renders nothing for an
 * order that has no Payme transaction.
 */
const PaymeOrderTransactionsWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const { data, isPending, isError, refetch } = usePaymeTransactions(order.id)
  // Only a Payme order shows a loading state; others stay empty meanwhile.
  const paidWithPayme = !!order.payment_collections?.some((collection) =>
    collection.payments?.some((payment) => isPaymeProvider(payment.provider_id))
  )

  const header = (
    <div className="flex items-center justify-between px-6 py-4">
      <div>
        <Heading level="h2">{t("payme.transactions.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("payme.transactions.subtitle")}
        </Text>
      </div>
    </div>
  )

  if (isPending) {
    return paidWithPayme ? (
      <Container className="divide-y p-0" data-testid="payme-order-widget">
        {header}
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("payme.transactions.loading")}
        </Text>
      </Container>
    ) : null
  }

  if (isError) {
    return (
      <Container className="divide-y p-0" data-testid="payme-order-widget">
        {header}
        <div className="flex items-center justify-between px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("payme.transactions.error")}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            {t("payme.transactions.retry")}
          </Button>
        </div>
      </Container>
    )
  }

  if (!data.payme_transactions.length) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="payme-order-widget">
      {header}
      <PaymeTransactionsTable transactions={data.payme_transactions} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default PaymeOrderTransactionsWidget
