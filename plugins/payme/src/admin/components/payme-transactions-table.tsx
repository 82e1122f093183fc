import { Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type { AdminPaymeTransaction } from "../hooks/api/payme-transactions"
import { formatSom, formatTime } from "./format"
import { PaymeStateBadge } from "./payme-state-badge"

/** The Payme transaction log: one row per transaction, newest first. */
export const PaymeTransactionsTable = ({
  transactions,
}: {
  transactions: AdminPaymeTransaction[]
}) => {
  const { t, i18n } = useTranslation()
  const locale = i18n.language || "en"
  const reasonText = (reason: number) =>
    `${reason} · ${t(`payme.transactions.reasons.${reason}`, {
      defaultValue: t("payme.transactions.unknownReason"),
    })}`

  return (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>
              {t("payme.transactions.columns.paymeId")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("payme.transactions.columns.state")}
            </Table.HeaderCell>
            <Table.HeaderCell className="text-right">
              {t("payme.transactions.columns.amount")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("payme.transactions.columns.createTime")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("payme.transactions.columns.performTime")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("payme.transactions.columns.cancelTime")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("payme.transactions.columns.reason")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {transactions.map((tx) => (
            <Table.Row
              key={tx.id}
              data-testid="payme-transaction-row"
              data-payme-id={tx.payme_id}
            >
              <Table.Cell>
                <Text size="small" className="font-mono">
                  {tx.payme_id}
                </Text>
              </Table.Cell>
              <Table.Cell>
                <PaymeStateBadge state={tx.state} />
              </Table.Cell>
              <Table.Cell
                className="text-right"
                data-testid="payme-transaction-amount"
              >
                {formatSom(tx.amount, tx.currency_code, locale)}
              </Table.Cell>
              <Table.Cell>{formatTime(tx.create_time, locale)}</Table.Cell>
              <Table.Cell>{formatTime(tx.perform_time, locale)}</Table.Cell>
              <Table.Cell>{formatTime(tx.cancel_time, locale)}</Table.Cell>
              <Table.Cell data-testid="payme-transaction-reason">
                {tx.reason === null ? "—" : reasonText(tx.reason)}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
}
