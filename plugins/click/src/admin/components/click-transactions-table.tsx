import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminClickTransaction } from "../hooks/api/click-transactions"
import { formatSom, formatTime } from "./format"
import { ClickStatusBadge } from "./click-status-badge"

/** The Click attempt log: one row per `click_trans_id`, newest first. */
export const ClickTransactionsTable = ({
  transactions,
}: {
  transactions: AdminClickTransaction[]
}) => {
  const { t, i18n } = useTranslation()
  const locale = i18n.language || "en"
  // Our answer codes (-1…-9) are explained; Click's own codes show its note.
  const errorText = (tx: AdminClickTransaction) =>
    `${tx.click_error} · ${t(`click.transactions.errors.${tx.click_error}`, {
      defaultValue: tx.click_error_note || t("click.transactions.unknownError"),
    })}`

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>
              {t("click.transactions.columns.clickTransId")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("click.transactions.columns.status")}
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              {t("click.transactions.columns.amount")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("click.transactions.columns.preparedAt")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("click.transactions.columns.confirmedAt")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("click.transactions.columns.cancelledAt")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("click.transactions.columns.error")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {transactions.map((tx) => (
            <Table.Row
              key={tx.id}
              data-testid="click-transaction-row"
              data-click-trans-id={tx.click_trans_id}
            >
              <Table.Cell>
                <Text size="small" className="font-mono">
                  {tx.click_trans_id}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("click.transactions.paydoc", {
                    id: tx.click_paydoc_id,
                  })}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <ClickStatusBadge status={tx.status} />
              </Table.Cell>
              <Table.Cell
                className="text-right"
                data-testid="click-transaction-amount"
              >
                {formatSom(tx.amount, tx.currency_code, locale)}
              </Table.Cell>
              <Table.Cell>{formatTime(tx.created_at, locale)}</Table.Cell>
              <Table.Cell>{formatTime(tx.confirmed_at, locale)}</Table.Cell>
              <Table.Cell>{formatTime(tx.cancelled_at, locale)}</Table.Cell>
              <Table.Cell data-testid="click-transaction-error">
                {tx.click_error === null ? "—" : errorText(tx)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
