import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import {
  DisputeStatusBadge,
  OverdueBadge,
} from "../components/dispute-status-badge"
import {
  EmptyState,
  ErrorMessage,
  LoadingRows,
} from "../components/state-messages"
import { useDisputes } from "../hooks/api/disputes"
import { formatAge, formatMoney, intlLocale } from "../lib/format"

/** The order's disputes, newest first, each linking to its page. */
const OrderDisputesWidget = ({ data: order }: { data: { id: string } }) => {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  const { data, isLoading, isError, error } = useDisputes({
    order_id: order.id,
    limit: 20,
    offset: 0,
  })
  return (
    <Container className="divide-y p-0" data-testid="order-disputes-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("disputes.widget.title")}</Heading>
      </div>
      {isLoading ? (
        <LoadingRows rows={1} />
      ) : isError ? (
        <ErrorMessage title={t("disputes.errors.load")} error={error} />
      ) : !data?.disputes.length ? (
        <EmptyState title={t("disputes.widget.empty")} />
      ) : (
        <ul className="divide-y">
          {data.disputes.map((d) => (
            <li key={d.id}>
              <Link
                to={`/disputes/${d.id}`}
                className="flex items-center justify-between gap-x-3 px-6 py-3 hover:bg-ui-bg-base-hover"
                data-testid="order-dispute-link"
              >
                <div className="flex flex-col">
                  <Text size="small" weight="plus">
                    {t(`disputes.reason.${d.reason}`)}
                  </Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {formatAge(d.created_at, locale)}
                    {d.requested_amount
                      ? ` · ${formatMoney(d.requested_amount, d.currency_code, locale)}`
                      : ""}
                  </Text>
                </div>
                <div className="flex items-center gap-x-2">
                  <OverdueBadge dispute={d} />
                  <DisputeStatusBadge status={d.status} />
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.after" })

export default OrderDisputesWidget
