import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ClickTransactionsTable } from "../components/click-transactions-table"
import { useClickTransactions } from "../hooks/api/click-transactions"

const isClickProvider = (providerId?: string | null) =>
  !!providerId?.startsWith("pp_click_")

/**
 * Order page: the order's Click attempt log. Renders nothing for an order
 * that has no Click transaction.
 */
const ClickOrderTransactionsWidget = ({
  data: order,
}: DetailWidgetProps<AdminOrder>) => {
  const { t } = useTranslation()
  const { data, isPending, isError, refetch } = useClickTransactions(order.id)
  // Only a Click order shows a loading state; others stay empty meanwhile.
  const paidWithClick = !!order.payment_collections?.some((collection) =>
    collection.payments?.some((payment) => isClickProvider(payment.provider_id))
  )

  const header = (
    <div className="px-6 py-4">
      <Heading level="h2">{t("click.transactions.title")}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        {t("click.transactions.subtitle")}
      </Text>
    </div>
  )

  if (isPending) {
    return paidWithClick ? (
      <Container className="divide-y p-0" data-testid="click-order-widget">
        {header}
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("click.transactions.loading")}
        </Text>
      </Container>
    ) : null
  }

  if (isError) {
    return (
      <Container className="divide-y p-0" data-testid="click-order-widget">
        {header}
        <div className="flex items-center justify-between px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            {t("click.transactions.error")}
          </Text>
          <Button size="small" variant="secondary" onClick={() => refetch()}>
            {t("click.transactions.retry")}
          </Button>
        </div>
      </Container>
    )
  }

  if (!data.click_transactions.length) {
    return null
  }

  return (
    <Container className="divide-y p-0" data-testid="click-order-widget">
      {header}
      <ClickTransactionsTable transactions={data.click_transactions} />
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default ClickOrderTransactionsWidget
