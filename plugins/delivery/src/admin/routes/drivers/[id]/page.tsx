import {
  Badge,
  Button,
  Container,
  Heading,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { useParams } from "react-router-dom"
import { Message } from "../../../components/message"
import { DeliveryStatusBadge } from "../../../components/status-badge"
import {
  useCreatePayout,
  useDriver,
  useMarkPayoutPaid,
  useReviewDriver,
  useSetDriverActive,
} from "../../../hooks/api/delivery"
import { formatDate, formatMoney } from "../../../lib/format"

const percent = (v: number | null) =>
  v === null ? "—" : `${Math.round(v * 100)}%`

/** A driver: profile, documents, the review decision, stats and payouts. */
const DriverPage = () => {
  const { id } = useParams() as { id: string }
  const { t, i18n } = useTranslation()
  const { data, isPending, isError, error } = useDriver(id)
  const review = useReviewDriver(id)
  const setActive = useSetDriverActive(id)
  const createPayout = useCreatePayout(id)
  const markPaid = useMarkPayoutPaid(id)
  const [reason, setReason] = useState("")

  if (isPending) return <Message>{t("bozorDelivery.loading")}</Message>
  if (isError) {
    return (
      <Message error>
        {t("bozorDelivery.loadError", { message: error.message })}
      </Message>
    )
  }
  const d = data.driver
  const decide = (decision: "approve" | "reject") =>
    review.mutate(decision === "reject" ? { decision, reason } : { decision }, {
      onSuccess: () => {
        setReason("")
        toast.success(t(`bozorDelivery.driver.${decision}d`))
      },
      onError: (e) => toast.error(e.message),
    })
  const money = (amount: number) =>
    formatMoney(amount, d.earnings.currency_code, i18n.language)

  return (
    <div className="flex flex-col gap-y-3" data-testid="driver-page">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading data-testid="driver-name">
              {[d.first_name, d.last_name].filter(Boolean).join(" ")}
            </Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {d.email} · {d.phone ?? "—"}
            </Text>
          </div>
          <div className="flex items-center gap-x-2">
            <DeliveryStatusBadge status={d.status} />
            {!d.is_active && (
              <Badge color="red">{t("bozorDelivery.driver.inactive")}</Badge>
            )}
          </div>
        </div>
        <div className="grid grid-cols-3 gap-4 px-6 py-4">
          <Field label={t("bozorDelivery.drivers.vehicle")}>
            {[
              d.vehicle_type &&
                t(`bozorDelivery.vehicleTypes.${d.vehicle_type}`),
              d.vehicle_model,
              d.vehicle_plate,
            ]
              .filter(Boolean)
              .join(" · ") || "—"}
          </Field>
          <Field label={t("bozorDelivery.drivers.licence")}>
            {d.license_number ?? "—"}
          </Field>
          <Field label={t("bozorDelivery.driver.reason")}>
            {d.review_reason ?? "—"}
          </Field>
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("bozorDelivery.driver.documents")}</Heading>
        </div>
        {d.documents.length ? (
          <ul className="px-6 py-4" data-testid="driver-documents">
            {d.documents.map((doc) => (
              <li key={doc.id}>
                <a
                  href={doc.url}
                  target="_blank"
                  rel="noreferrer"
                  className="text-ui-fg-interactive"
                >
                  {t(`bozorDelivery.documentKinds.${doc.kind}`, {
                    defaultValue: doc.kind,
                  })}
                  : {doc.filename ?? doc.id}
                </a>
              </li>
            ))}
          </ul>
        ) : (
          <Message>{t("bozorDelivery.driver.noDocuments")}</Message>
        )}
        {d.status === "under_review" && (
          <div
            className="flex flex-col gap-y-2 px-6 py-4"
            data-testid="driver-review"
          >
            <Textarea
              placeholder={t("bozorDelivery.driver.reasonPlaceholder")}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              data-testid="driver-reject-reason"
            />
            <div className="flex gap-x-2">
              <Button
                size="small"
                onClick={() => decide("approve")}
                isLoading={review.isPending}
                data-testid="driver-approve"
              >
                {t("bozorDelivery.driver.approve")}
              </Button>
              <Button
                size="small"
                variant="danger"
                disabled={reason.trim().length < 3}
                onClick={() => decide("reject")}
                isLoading={review.isPending}
                data-testid="driver-reject"
              >
                {t("bozorDelivery.driver.reject")}
              </Button>
            </div>
          </div>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">{t("bozorDelivery.driver.performance")}</Heading>
          {d.status === "approved" && (
            <Button
              size="small"
              variant="secondary"
              onClick={() => setActive.mutate(!d.is_active)}
            >
              {d.is_active
                ? t("bozorDelivery.driver.deactivate")
                : t("bozorDelivery.driver.activate")}
            </Button>
          )}
        </div>
        <div
          className="grid grid-cols-4 gap-4 px-6 py-4"
          data-testid="driver-stats"
        >
          <Field label={t("bozorDelivery.driver.delivered")}>
            {d.stats.delivered} / {d.stats.deliveries}
          </Field>
          <Field label={t("bozorDelivery.driver.completion")}>
            {percent(d.stats.completion_rate)}
          </Field>
          <Field label={t("bozorDelivery.driver.onTime")}>
            {percent(d.stats.on_time_rate)}
          </Field>
          <Field label={t("bozorDelivery.driver.rating")}>
            {d.stats.rating_average ?? "—"} ({d.stats.rating_count})
          </Field>
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h2">{t("bozorDelivery.driver.earnings")}</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              {t("bozorDelivery.driver.unpaid")}: {money(d.earnings.unpaid)} ·{" "}
              {t("bozorDelivery.driver.paid")}: {money(d.earnings.paid)}
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            disabled={d.earnings.unpaid <= 0}
            onClick={() =>
              createPayout.mutate(undefined, {
                onError: (e) => toast.error(e.message),
              })
            }
          >
            {t("bozorDelivery.driver.createPayout")}
          </Button>
        </div>
        {d.earnings.payouts.length > 0 && (
          <Table>
            <Table.Body>
              {d.earnings.payouts.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>
                    {formatDate(p.created_at, i18n.language)}
                  </Table.Cell>
                  <Table.Cell>{money(p.amount)}</Table.Cell>
                  <Table.Cell>
                    {p.status === "paid" ? (
                      <Badge color="green">
                        {t("bozorDelivery.driver.paid")}
                      </Badge>
                    ) : (
                      <Button
                        size="small"
                        variant="secondary"
                        onClick={() => markPaid.mutate(p.id)}
                      >
                        {t("bozorDelivery.driver.markPaid")}
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">{t("bozorDelivery.history")}</Heading>
        </div>
        <Table data-testid="driver-history">
          <Table.Body>
            {d.reviews.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  {formatDate(r.created_at, i18n.language)}
                </Table.Cell>
                <Table.Cell>
                  <DeliveryStatusBadge status={r.to_status} />
                </Table.Cell>
                <Table.Cell>{r.reason ?? ""}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

const Field = ({
  label,
  children,
}: {
  label: string
  children: React.ReactNode
}) => (
  <div>
    <Text size="xsmall" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

export default DriverPage
