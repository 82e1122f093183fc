import { defineRouteConfig } from "@medusajs/admin-sdk"
import { RocketLaunch } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { Message } from "../../components/message"
import { DeliveryStatusBadge } from "../../components/status-badge"
import { BoardCard, useDispatchBoard } from "../../hooks/api/delivery"
import { formatDate } from "../../lib/format"

type Column = "unassigned" | "in_progress" | "late"

/** The dispatch board: deliveries without a driver, under way, and late. */
const DeliveriesPage = () => {
  const { t } = useTranslation()
  const { data, isPending, isError, error } = useDispatchBoard()
  return (
    <div className="flex flex-col gap-y-3" data-testid="delivery-board">
      <Container className="px-6 py-4">
        <Heading>{t("bozorDelivery.board.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("bozorDelivery.board.subtitle")}
        </Text>
      </Container>
      {isPending ? (
        <Message>{t("bozorDelivery.loading")}</Message>
      ) : isError ? (
        <Message error>
          {t("bozorDelivery.loadError", { message: error.message })}
        </Message>
      ) : (
        (["unassigned", "in_progress", "late"] as Column[]).map((column) => (
          <Section key={column} column={column} cards={data.board[column]} />
        ))
      )}
    </div>
  )
}

const Section = ({ column, cards }: { column: Column; cards: BoardCard[] }) => {
  const { t, i18n } = useTranslation()
  return (
    <Container className="divide-y p-0" data-testid={`board-${column}`}>
      <div className="flex items-center gap-x-2 px-6 py-4">
        <Heading level="h2">{t(`bozorDelivery.board.${column}`)}</Heading>
        <Badge size="2xsmall">{cards.length}</Badge>
      </div>
      {cards.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>
                {t("bozorDelivery.board.order")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorDelivery.drivers.status")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorDelivery.board.driver")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorDelivery.board.distance")}
              </Table.HeaderCell>
              <Table.HeaderCell>
                {t("bozorDelivery.board.due")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {cards.map((c) => (
              <Table.Row
                key={c.id}
                data-testid="board-card"
                data-delivery-id={c.id}
              >
                <Table.Cell>
                  <Link
                    to={`/deliveries/${c.id}`}
                    className="text-ui-fg-interactive"
                  >
                    #{c.order_display_id ?? c.order_id}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <DeliveryStatusBadge status={c.status} />
                </Table.Cell>
                <Table.Cell>{c.driver?.name ?? "—"}</Table.Cell>
                <Table.Cell>
                  {c.distance_km == null
                    ? "—"
                    : `${c.distance_km.toFixed(1)} km`}
                </Table.Cell>
                <Table.Cell>
                  {formatDate(c.due_at, i18n.language)}
                  {c.late && (
                    <Badge color="red" size="2xsmall" className="ml-2">
                      {t("bozorDelivery.board.lateBadge")}
                    </Badge>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Message>{t("bozorDelivery.board.empty")}</Message>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "bozorDelivery.board.menuLabel",
  translationNs: "translation",
  icon: RocketLaunch,
})

export default DeliveriesPage
