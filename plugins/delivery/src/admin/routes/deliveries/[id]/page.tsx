import {
  Button,
  Container,
  Heading,
  Select,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { Message } from "../../../components/message"
import { DeliveryStatusBadge } from "../../../components/status-badge"
import {
  useAssignDelivery,
  useAutoDispatch,
  useDelivery,
  useDrivers,
} from "../../../hooks/api/delivery"
import { formatDate } from "../../../lib/format"

/** A delivery: order, driver, address, assignment and its whole history. */
const DeliveryPage = () => {
  const { id } = useParams() as { id: string }
  const { t, i18n } = useTranslation()
  const { data, isPending, isError, error } = useDelivery(id)
  const drivers = useDrivers({ status: "approved", limit: 100, offset: 0 })
  const assign = useAssignDelivery(id)
  const dispatch = useAutoDispatch(id)
  const [driverId, setDriverId] = useState("")

  if (isPending) return <Message>{t("bozorDelivery.loading")}</Message>
  if (isError) {
    return (
      <Message error>
        {t("bozorDelivery.loadError", { message: error.message })}
      </Message>
    )
  }
  const d = data.delivery
  const open = ["pending", "offered"].includes(d.status)
  const address = d.address
    ? [d.address.address_1, d.address.address_2, d.address.city]
        .filter(Boolean)
        .join(", ")
    : "—"
  return (
    <div className="flex flex-col gap-y-3" data-testid="delivery-page">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>
              {t("bozorDelivery.board.order")} #
              {d.order?.display_id ?? d.order_id}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {d.order?.email} · {address}
            </Text>
          </div>
          <DeliveryStatusBadge status={d.status} />
        </div>
        <div className="grid grid-cols-3 gap-4 px-6 py-4">
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("bozorDelivery.board.driver")}
            </Text>
            <Text size="small" data-testid="delivery-driver">
              {d.driver
                ? [d.driver.first_name, d.driver.last_name]
                    .filter(Boolean)
                    .join(" ")
                : "—"}
            </Text>
          </div>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("bozorDelivery.board.due")}
            </Text>
            <Text size="small">{formatDate(d.due_at, i18n.language)}</Text>
          </div>
          <div>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {t("bozorDelivery.delivery.rating")}
            </Text>
            <Text size="small">
              {d.rating ? `${d.rating.rating} / 5` : "—"}
            </Text>
          </div>
        </div>
        {open && (
          <div className="flex items-center gap-x-2 px-6 py-4">
            <div className="w-64">
              <Select value={driverId} onValueChange={setDriverId}>
                <Select.Trigger data-testid="delivery-assign-driver">
                  <Select.Value
                    placeholder={t("bozorDelivery.delivery.chooseDriver")}
                  />
                </Select.Trigger>
                <Select.Content>
                  {(drivers.data?.drivers ?? [])
                    .filter((x) => x.is_active)
                    .map((x) => (
                      <Select.Item key={x.id} value={x.id}>
                        {[x.first_name, x.last_name].filter(Boolean).join(" ")}
                      </Select.Item>
                    ))}
                </Select.Content>
              </Select>
            </div>
            <Button
              size="small"
              disabled={!driverId}
              isLoading={assign.isPending}
              onClick={() =>
                assign.mutate(driverId, {
                  onError: (e) => toast.error(e.message),
                })
              }
              data-testid="delivery-assign"
            >
              {t("bozorDelivery.delivery.assign")}
            </Button>
            <Button
              size="small"
              variant="secondary"
              isLoading={dispatch.isPending}
              onClick={() =>
                dispatch.mutate(undefined, {
                  onError: (e) => toast.error(e.message),
                })
              }
            >
              {t("bozorDelivery.delivery.autoDispatch")}
            </Button>
          </div>
        )}
      </Container>
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("bozorDelivery.history")}</Heading>
        </div>
        <Table data-testid="delivery-history">
          <Table.Body>
            {d.events.map((e) => (
              <Table.Row key={e.id} data-testid="delivery-event">
                <Table.Cell>
                  {formatDate(e.created_at, i18n.language)}
                </Table.Cell>
                <Table.Cell>
                  {t(`bozorDelivery.events.${e.type}`, {
                    defaultValue: e.type,
                  })}
                </Table.Cell>
                <Table.Cell>
                  {e.to_status && <DeliveryStatusBadge status={e.to_status} />}
                </Table.Cell>
                <Table.Cell>{e.reason ?? ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export default DeliveryPage
