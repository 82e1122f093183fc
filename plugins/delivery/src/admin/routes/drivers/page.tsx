import { defineRouteConfig } from "@medusajs/admin-sdk"
import { User } from "@medusajs/icons"
import { Container, Heading, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { Message } from "../../components/message"
import { DeliveryStatusBadge } from "../../components/status-badge"
import { DriverStatus, useDrivers } from "../../hooks/api/delivery"

const ALL = "all"
const STATUSES: DriverStatus[] = [
  "under_review",
  "pending",
  "approved",
  "rejected",
]

/** The drivers queue: who waits for review, and every driver by status. */
const DriversPage = () => {
  const { t } = useTranslation()
  const [status, setStatus] = useState<DriverStatus | typeof ALL>(
    "under_review"
  )
  const { data, isPending, isError, error } = useDrivers({
    limit: 100,
    offset: 0,
    ...(status === ALL ? {} : { status }),
  })
  let body
  if (isPending) {
    body = <Message>{t("bozorDelivery.loading")}</Message>
  } else if (isError) {
    body = (
      <Message error>
        {t("bozorDelivery.loadError", { message: error.message })}
      </Message>
    )
  } else if (!data.drivers.length) {
    body = (
      <Message testId="drivers-empty">
        {t("bozorDelivery.drivers.empty")}
      </Message>
    )
  } else {
    body = (
      <Table data-testid="drivers-table">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>
              {t("bozorDelivery.drivers.name")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("bozorDelivery.drivers.vehicle")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("bozorDelivery.drivers.licence")}
            </Table.HeaderCell>
            <Table.HeaderCell>
              {t("bozorDelivery.drivers.status")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {data.drivers.map((d) => (
            <Table.Row
              key={d.id}
              data-testid="driver-row"
              data-driver-id={d.id}
            >
              <Table.Cell>
                <Link
                  to={`/drivers/${d.id}`}
                  className="text-ui-fg-interactive"
                  data-testid="driver-link"
                >
                  {[d.first_name, d.last_name].filter(Boolean).join(" ")}
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {d.email}
                </Text>
              </Table.Cell>
              <Table.Cell>
                {[
                  d.vehicle_type &&
                    t(`bozorDelivery.vehicleTypes.${d.vehicle_type}`),
                  d.vehicle_model,
                  d.vehicle_plate,
                ]
                  .filter(Boolean)
                  .join(" · ") || "—"}
              </Table.Cell>
              <Table.Cell>{d.license_number ?? "—"}</Table.Cell>
              <Table.Cell>
                <DeliveryStatusBadge status={d.status} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    )
  }
  return (
    <Container className="divide-y p-0" data-testid="drivers-page">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>{t("bozorDelivery.drivers.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("bozorDelivery.drivers.subtitle")}
          </Text>
        </div>
        <div className="w-48">
          <Select
            value={status}
            onValueChange={(v) => setStatus(v as DriverStatus | typeof ALL)}
          >
            <Select.Trigger data-testid="drivers-status-filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUSES.map((s) => (
                <Select.Item key={s} value={s}>
                  {t(`bozorDelivery.status.${s}`)}
                </Select.Item>
              ))}
              <Select.Item value={ALL}>
                {t("bozorDelivery.drivers.all")}
              </Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      {body}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "bozorDelivery.drivers.menuLabel",
  translationNs: "translation",
  icon: User,
})

export default DriversPage
