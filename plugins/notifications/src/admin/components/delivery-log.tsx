import { StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useNotificationDeliveries } from "../hooks/api/notification-deliveries"
import { formatDateTime, humanize, providerName } from "../lib/format"
import type { NotificationDelivery } from "../lib/types"
import { LabeledSelect } from "./labeled-select"
import { QueryState } from "./query-state"

const PAGE_SIZE = 20
const ALL = "all"
const STATUS_COLOR = {
  pending: "orange",
  success: "green",
  failure: "red",
} as const

/** Recent SMS and e-mails, newest first, with filters by status and channel. */
export const DeliveryLog = () => {
  const { t, i18n } = useTranslation()
  const [status, setStatus] = useState(ALL)
  const [channel, setChannel] = useState(ALL)
  const [page, setPage] = useState(0)
  const deliveries = useNotificationDeliveries({
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    ...(status !== ALL ? { status } : {}),
    ...(channel !== ALL ? { channel } : {}),
  })
  const rows = deliveries.data?.notification_deliveries ?? []
  const count = deliveries.data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))
  const all = { value: ALL, label: t("bozorNotifications.common.all") }

  const errorText = (row: NotificationDelivery) =>
    !row.error
      ? "—"
      : row.error === "not_accepted"
        ? t("bozorNotifications.log.errors.not_accepted")
        : t("bozorNotifications.log.providerStatus", { status: row.error })

  return (
    <div className="flex flex-col" data-testid="delivery-log">
      <div className="grid grid-cols-1 gap-4 px-6 py-4 md:grid-cols-4">
        <LabeledSelect
          id="log-status"
          label={t("bozorNotifications.log.status")}
          value={status}
          options={[
            all,
            ...(["success", "failure", "pending"] as const).map((s) => ({
              value: s,
              label: t(`bozorNotifications.log.statuses.${s}`),
            })),
          ]}
          onChange={(v) => {
            setStatus(v)
            setPage(0)
          }}
        />
        <LabeledSelect
          id="log-channel"
          label={t("bozorNotifications.log.channel")}
          value={channel}
          options={[
            all,
            ...(["sms", "email"] as const).map((c) => ({
              value: c,
              label: t(`bozorNotifications.channels.${c}`),
            })),
          ]}
          onChange={(v) => {
            setChannel(v)
            setPage(0)
          }}
        />
      </div>
      {deliveries.isLoading || deliveries.error ? (
        <QueryState
          isLoading={deliveries.isLoading}
          error={deliveries.error}
          onRetry={() => deliveries.refetch()}
        />
      ) : rows.length === 0 ? (
        <div
          className="flex flex-col items-center gap-y-1 px-6 py-10"
          data-testid="delivery-log-empty"
        >
          <Text size="small" weight="plus">
            {t("bozorNotifications.log.empty")}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorNotifications.log.emptyHint")}
          </Text>
        </div>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.time")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.recipient")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.kind")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.channel")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.provider")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.status")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.tries")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("bozorNotifications.log.error")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row
                  key={row.id}
                  data-testid="delivery-row"
                  data-id={row.id}
                >
                  <Table.Cell>
                    {formatDateTime(row.created_at, i18n.language)}
                  </Table.Cell>
                  <Table.Cell
                    className="font-mono"
                    data-testid="delivery-recipient"
                  >
                    {row.recipient}
                  </Table.Cell>
                  <Table.Cell>
                    {row.kind
                      ? t(`bozorNotifications.kinds.${row.kind}`, {
                          defaultValue: humanize(row.kind),
                        })
                      : "—"}
                  </Table.Cell>
                  <Table.Cell>
                    {t(`bozorNotifications.channels.${row.channel}`, {
                      defaultValue: row.channel,
                    })}
                  </Table.Cell>
                  <Table.Cell data-testid="delivery-provider">
                    {providerName(row.provider)}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={STATUS_COLOR[row.status] ?? "grey"}>
                      {t(`bozorNotifications.log.statuses.${row.status}`, {
                        defaultValue: row.status,
                      })}
                    </StatusBadge>
                  </Table.Cell>
                  <Table.Cell>
                    {t("bozorNotifications.log.triesValue", {
                      attempt: row.attempt,
                      tries: row.tries,
                    })}
                  </Table.Cell>
                  <Table.Cell className="text-ui-fg-subtle">
                    {errorText(row)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setPage((p) => Math.max(0, p - 1))}
            nextPage={() => setPage((p) => p + 1)}
            translations={{
              of: t("bozorNotifications.log.pagination.of"),
              results: t("bozorNotifications.log.pagination.results"),
              pages: t("bozorNotifications.log.pagination.pages"),
              prev: t("bozorNotifications.log.pagination.prev"),
              next: t("bozorNotifications.log.pagination.next"),
            }}
          />
        </>
      )}
    </div>
  )
}
