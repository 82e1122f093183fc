import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { formatDateTime, formatMoney, intlLocale } from "../lib/format"
import type { DisputeDetail } from "../lib/types"
import { DisputeStatusBadge, OverdueBadge } from "./dispute-status-badge"

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-compact-small break-words">{children}</div>
  </div>
)

/** The dispute as opened: order, reason, amounts, the customer's words. */
export const DisputeSummary = ({ dispute }: { dispute: DisputeDetail }) => {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  const currency = dispute.order?.currency_code ?? dispute.currency_code
  return (
    <Container className="divide-y p-0" data-testid="dispute-summary">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">
            {t("disputes.columns.dispute")} · #
            {dispute.order?.display_id ?? dispute.order_id}
          </Heading>
          <Text size="xsmall" className="text-ui-fg-muted">
            {dispute.id}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <OverdueBadge dispute={dispute} />
          <DisputeStatusBadge status={dispute.status} />
        </div>
      </div>
      <Row label={t("disputes.detail.order")}>
        <Link
          to={`/orders/${dispute.order_id}`}
          className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
        >
          #{dispute.order?.display_id ?? dispute.order_id}
        </Link>
      </Row>
      <Row label={t("disputes.detail.customerEmail")}>
        {dispute.order?.email ?? "—"}
      </Row>
      <Row label={t("disputes.detail.reason")}>
        {t(`disputes.reason.${dispute.reason}`)}
      </Row>
      <Row label={t("disputes.detail.orderTotal")}>
        {formatMoney(dispute.order?.total, currency, locale)}
      </Row>
      <Row label={t("disputes.detail.requested")}>
        {formatMoney(dispute.requested_amount, currency, locale)}
      </Row>
      <Row label={t("disputes.detail.opened")}>
        {formatDateTime(dispute.created_at, locale)}
      </Row>
      <div className="flex flex-col gap-y-1 px-6 py-3">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("disputes.detail.description")}
        </Text>
        <Text size="small" className="whitespace-pre-wrap">
          {dispute.description}
        </Text>
        {!!dispute.evidence?.length && (
          <ul className="list-inside list-disc">
            {dispute.evidence.map((e, i) => (
              <li
                key={i}
                className="txt-compact-xsmall break-all text-ui-fg-subtle"
              >
                {e}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}
