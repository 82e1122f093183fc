import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChatBubbleLeftRight } from "@medusajs/icons"
import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { useNavigate, useSearchParams } from "react-router-dom"
import {
  DisputeStatusBadge,
  OverdueBadge,
} from "../../components/dispute-status-badge"
import {
  EmptyState,
  ErrorMessage,
  LoadingRows,
} from "../../components/state-messages"
import { useDisputes } from "../../hooks/api/disputes"
import { formatAge, formatMoney, intlLocale } from "../../lib/format"
import { DISPUTE_STATUSES, type DisputeStatus } from "../../lib/types"

const PAGE_SIZE = 20
const ALL = "all"

const DisputesInboxPage = () => {
  const { t, i18n } = useTranslation()
  const locale = intlLocale(i18n.language)
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const status = DISPUTE_STATUSES.find((s) => s === params.get("status"))
  const page = Math.max(0, Number(params.get("page")) || 0)

  const { data, isLoading, isError, error } = useDisputes({
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    status,
  })
  const count = data?.count ?? 0
  const pageCount = Math.max(1, Math.ceil(count / PAGE_SIZE))

  const setQuery = (next: { status?: DisputeStatus; page?: number }) => {
    const search = new URLSearchParams()
    if (next.status) search.set("status", next.status)
    if (next.page) search.set("page", String(next.page))
    setParams(search)
  }

  return (
    <Container className="divide-y p-0" data-testid="disputes-inbox">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">{t("disputes.inbox.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("disputes.inbox.subtitle")}
          </Text>
        </div>
        <div className="w-[200px]">
          <Select
            size="small"
            value={status ?? ALL}
            onValueChange={(value) =>
              setQuery({
                status: value === ALL ? undefined : (value as DisputeStatus),
              })
            }
          >
            <Select.Trigger
              aria-label={t("disputes.inbox.filterStatus")}
              data-testid="disputes-status-filter"
            >
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>
                {t("disputes.inbox.allStatuses")}
              </Select.Item>
              {DISPUTE_STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`disputes.status.${s}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      {isLoading ? (
        <LoadingRows />
      ) : isError ? (
        <ErrorMessage title={t("disputes.errors.load")} error={error} />
      ) : !data?.disputes.length ? (
        <EmptyState
          title={
            status
              ? t("disputes.inbox.emptyFiltered")
              : t("disputes.inbox.empty")
          }
          hint={t("disputes.inbox.emptyHint")}
        />
      ) : (
        <div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>
                  {t("disputes.columns.order")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("disputes.columns.reason")}
                </Table.HeaderCell>
                <Table.HeaderCell>
                  {t("disputes.columns.status")}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("disputes.columns.amount")}
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  {t("disputes.columns.requested")}
                </Table.HeaderCell>
                <Table.HeaderCell>{t("disputes.columns.age")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.disputes.map((d) => {
                const currency = d.order?.currency_code ?? d.currency_code
                return (
                  <Table.Row
                    key={d.id}
                    className="cursor-pointer"
                    data-testid="dispute-row"
                    data-dispute-id={d.id}
                    onClick={() => navigate(`/disputes/${d.id}`)}
                  >
                    <Table.Cell>
                      <div className="flex flex-col">
                        <span className="txt-compact-small-plus">
                          #{d.order?.display_id ?? d.order_id}
                        </span>
                        <span className="text-ui-fg-subtle txt-compact-xsmall">
                          {d.order?.email}
                        </span>
                      </div>
                    </Table.Cell>
                    <Table.Cell>{t(`disputes.reason.${d.reason}`)}</Table.Cell>
                    <Table.Cell>
                      <div className="flex items-center gap-x-2">
                        <DisputeStatusBadge status={d.status} />
                        <OverdueBadge dispute={d} />
                      </div>
                    </Table.Cell>
                    <Table.Cell
                      className="text-right"
                      data-testid="dispute-amount"
                    >
                      {formatMoney(d.order?.total, currency, locale)}
                    </Table.Cell>
                    <Table.Cell className="text-right">
                      {formatMoney(d.requested_amount, currency, locale)}
                    </Table.Cell>
                    <Table.Cell
                      title={new Date(d.created_at).toLocaleString(locale)}
                    >
                      {formatAge(d.created_at, locale)}
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          <Table.Pagination
            count={count}
            pageSize={PAGE_SIZE}
            pageIndex={page}
            pageCount={pageCount}
            canPreviousPage={page > 0}
            canNextPage={page + 1 < pageCount}
            previousPage={() => setQuery({ status, page: page - 1 })}
            nextPage={() => setQuery({ status, page: page + 1 })}
            translations={{
              of: t("disputes.pagination.of"),
              results: t("disputes.pagination.results"),
              pages: t("disputes.pagination.pages"),
              prev: t("disputes.pagination.prev"),
              next: t("disputes.pagination.next"),
            }}
          />
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "disputes.menu",
  translationNs: "translation",
  icon: ChatBubbleLeftRight,
})

export default DisputesInboxPage
