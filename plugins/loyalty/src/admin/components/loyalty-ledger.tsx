import { Badge, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import type { LoyaltyTransaction } from "../hooks/api/loyalty"
import {
  formatDateTime,
  formatMoney,
  formatPoints,
  intlLocale,
} from "../lib/format"

const typeColor = {
  earn: "green",
  redeem: "blue",
  reverse: "orange",
  expire: "grey",
  adjust: "purple",
} as const

type Props = {
  transactions: LoyaltyTransaction[]
  count: number
  pageIndex: number
  pageSize: number
  onPageChange: (pageIndex: number) => void
}

/** A page of the customer's ledger, newest first. */
export function LoyaltyLedger({
  transactions,
  count,
  pageIndex,
  pageSize,
  onPageChange,
}: Props) {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  if (!count) {
    return (
      <div className="px-6 py-4" data-testid="loyalty-ledger-empty">
        <Text size="small" className="text-ui-fg-subtle">
          {t("loyalty.ledger.empty")}
        </Text>
      </div>
    )
  }
  const pageCount = Math.max(1, Math.ceil(count / pageSize))
  return (
    <div data-testid="loyalty-ledger">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>{t("loyalty.ledger.date")}</Table.HeaderCell>
            <Table.HeaderCell>{t("loyalty.ledger.type")}</Table.HeaderCell>
            <Table.HeaderCell>{t("loyalty.ledger.reason")}</Table.HeaderCell>
            <Table.HeaderCell>{t("loyalty.ledger.order")}</Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              {t("loyalty.ledger.points")}
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              {t("loyalty.ledger.balance")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {transactions.map((tx) => (
            <Table.Row key={tx.id} data-testid="loyalty-ledger-row">
              <Table.Cell>{formatDateTime(tx.created_at, locale)}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={typeColor[tx.type] ?? "grey"}>
                  {t(`loyalty.types.${tx.type}`)}
                </Badge>
              </Table.Cell>
              <Table.Cell
                className="max-w-[240px] truncate"
                title={tx.reason ?? ""}
              >
                {tx.reason ??
                  (tx.amount !== null
                    ? formatMoney(tx.amount, tx.currency_code, locale)
                    : "—")}
              </Table.Cell>
              <Table.Cell>
                {tx.order_id ? (
                  <Link
                    to={`/orders/${tx.order_id}`}
                    className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                  >
                    {t("loyalty.ledger.viewOrder")}
                  </Link>
                ) : (
                  "—"
                )}
              </Table.Cell>
              <Table.Cell
                className={`text-right ${
                  tx.points > 0 ? "text-ui-fg-interactive" : "text-ui-fg-error"
                }`}
                data-testid="loyalty-ledger-points"
              >
                {formatPoints(tx.points, locale, true)}
              </Table.Cell>
              <Table.Cell className="text-right">
                {formatPoints(tx.balance_after, locale)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Table.Pagination
        count={count}
        pageSize={pageSize}
        pageIndex={pageIndex}
        pageCount={pageCount}
        canPreviousPage={pageIndex > 0}
        canNextPage={pageIndex + 1 < pageCount}
        previousPage={() => onPageChange(pageIndex - 1)}
        nextPage={() => onPageChange(pageIndex + 1)}
        translations={{
          of: t("loyalty.pagination.of"),
          results: t("loyalty.pagination.results"),
          pages: t("loyalty.pagination.pages"),
          prev: t("loyalty.pagination.prev"),
          next: t("loyalty.pagination.next"),
        }}
      />
    </div>
  )
}
