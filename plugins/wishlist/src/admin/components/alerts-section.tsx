import {
  Badge,
  Container,
  Heading,
  Select,
  StatusBadge,
  Table,
  Text,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import {
  useWishlistAlerts,
  WishlistAlert,
  WishlistAlertKind,
} from "../hooks/api/wishlists"
import { formatDate, formatMoney } from "../lib/format"
import { Message } from "./most-wished-section"

const PAGE_SIZE = 20
const ALL = "all"

export const AlertsSection = () => {
  const { t } = useTranslation()
  const [page, setPage] = useState(0)
  const [kind, setKind] = useState<WishlistAlertKind | typeof ALL>(ALL)
  const { data, isPending, isError, error } = useWishlistAlerts({
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
    ...(kind === ALL ? {} : { kind }),
  })

  let body
  if (isPending) {
    body = <Message>{t("bozorWishlist.loading")}</Message>
  } else if (isError) {
    body = (
      <Message error testId="wishlist-alerts-error">
        {t("bozorWishlist.loadError", { message: error.message })}
      </Message>
    )
  } else if (!data.alerts.length) {
    body = (
      <Message testId="wishlist-alerts-empty">
        {t("bozorWishlist.alerts.empty")}
      </Message>
    )
  } else {
    const pageCount = Math.ceil(data.count / PAGE_SIZE)
    body = (
      <>
        <Table data-testid="wishlist-alerts">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>
                {t("bozorWishlist.alerts.kind")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorWishlist.alerts.product")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorWishlist.alerts.customer")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorWishlist.alerts.price")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorWishlist.alerts.decided")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorWishlist.alerts.delivery")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {data.alerts.map((alert) => (
              <AlertRow key={alert.id} alert={alert} />
            ))}
          </Table.Body>
        </Table>
        <Table.Pagination
          count={data.count}
          pageSize={PAGE_SIZE}
          pageIndex={page}
          pageCount={pageCount}
          canPreviousPage={page > 0}
          canNextPage={page + 1 < pageCount}
          previousPage={() => setPage((p) => Math.max(0, p - 1))}
          nextPage={() => setPage((p) => p + 1)}
          translations={{
            of: t("bozorWishlist.pagination.of"),
            results: t("bozorWishlist.pagination.results"),
            pages: t("bozorWishlist.pagination.pages"),
            prev: t("bozorWishlist.pagination.prev"),
            next: t("bozorWishlist.pagination.next"),
          }}
        />
      </>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">{t("bozorWishlist.alerts.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorWishlist.alerts.subtitle")}
          </Text>
        </div>
        <div className="w-48">
          <Select
            size="small"
            value={kind}
            onValueChange={(value) => {
              setKind(value as WishlistAlertKind | typeof ALL)
              setPage(0)
            }}
          >
            <Select.Trigger data-testid="wishlist-alerts-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>
                {t("bozorWishlist.alerts.all")}
              </Select.Item>
              <Select.Item value="price_drop">
                {t("bozorWishlist.alerts.kinds.price_drop")}
              </Select.Item>
              <Select.Item value="back_in_stock">
                {t("bozorWishlist.alerts.kinds.back_in_stock")}
              </Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      {body}
    </Container>
  )
}

const AlertRow = ({ alert }: { alert: WishlistAlert }) => {
  const { t, i18n } = useTranslation()
  const money = (amount: number | null) =>
    formatMoney(amount, alert.currency_code, i18n.language)
  return (
    <Table.Row data-testid="wishlist-alert-row" data-alert-id={alert.id}>
      <Table.Cell>
        <Badge
          size="2xsmall"
          color={alert.kind === "price_drop" ? "green" : "blue"}
        >
          {t(`bozorWishlist.alerts.kinds.${alert.kind}`)}
        </Badge>
      </Table.Cell>
      <Table.Cell>
        <div className="flex flex-col">
          <span>{alert.product_title ?? alert.product_variant_id}</span>
          {alert.variant_title && (
            <span className="text-ui-fg-subtle">{alert.variant_title}</span>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>{alert.customer_email ?? alert.customer_id}</Table.Cell>
      <Table.Cell>
        {alert.kind === "price_drop"
          ? `${money(alert.previous_price)} → ${money(alert.price)}`
          : money(alert.price)}
      </Table.Cell>
      <Table.Cell>{formatDate(alert.created_at, i18n.language)}</Table.Cell>
      <Table.Cell>
        <StatusBadge color={alert.notified_at ? "green" : "orange"}>
          {alert.notified_at
            ? t("bozorWishlist.alerts.sent")
            : t("bozorWishlist.alerts.pending")}
        </StatusBadge>
      </Table.Cell>
    </Table.Row>
  )
}
