import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FINAL_DELIVERY_STATUSES } from "../../../types/delivery-status"
import { maskRecipient } from "../../../utils/mask-recipient"
import type { AdminGetNotificationDeliveriesParamsType } from "./validators"

/** Final provider statuses that mean the message did not arrive. */
const UNDELIVERED = FINAL_DELIVERY_STATUSES.filter(
  (s) => !["delivered", "DELIVRD", "DELIVERED"].includes(s)
)

type Row = {
  id: string
  to: string | null
  channel: string
  template: string | null
  status: string
  provider_id: string | null
  original_notification_id: string | null
  created_at: string | Date
  notification_delivery?: {
    route: string
    status: string | null
    status_at: string | Date | null
  } | null
}

/**
 * `GET /admin/notification-deliveries`: the SMS and e-mail log, newest first,
 * one row per try (a retry is its own notification). Recipients are masked:
 * a phone number never leaves the server in full.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetNotificationDeliveriesParamsType
  >,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { offset, limit, status, channel } = req.validatedQuery
  const { data, metadata } = await query.graph({
    entity: "notification",
    fields: [
      "id",
      "to",
      "channel",
      "template",
      "status",
      "provider_id",
      "original_notification_id",
      "created_at",
      "notification_delivery.route",
      "notification_delivery.status",
      "notification_delivery.status_at",
    ],
    filters: {
      channel: channel ?? ["sms", "email"],
      ...(status ? { status } : {}),
    },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })
  const rows = data as unknown as Row[]

  // Every try of the messages on this page, to number them.
  const originals = [
    ...new Set(rows.map((r) => r.original_notification_id ?? r.id)),
  ]
  const { data: retries } = originals.length
    ? await query.graph({
        entity: "notification",
        fields: ["id", "original_notification_id", "created_at"],
        filters: { original_notification_id: originals },
      })
    : { data: [] }
  const triesOf = new Map<string, string[]>()
  for (const r of [...retries].sort(
    (a, b) =>
      new Date(a.created_at as string).getTime() -
      new Date(b.created_at as string).getTime()
  )) {
    const list = triesOf.get(r.original_notification_id!) ?? []
    list.push(r.id)
    triesOf.set(r.original_notification_id!, list)
  }

  const notification_deliveries = rows.map((row) => {
    const original = row.original_notification_id ?? row.id
    const tries = [original, ...(triesOf.get(original) ?? [])]
    const delivery = row.notification_delivery ?? null
    const error =
      row.status === "failure"
        ? "not_accepted"
        : delivery?.status && UNDELIVERED.includes(delivery.status)
          ? delivery.status
          : null
    return {
      id: row.id,
      recipient: maskRecipient(row.channel, row.to),
      channel: row.channel,
      kind: row.template,
      status: row.status,
      provider: delivery?.route ?? row.provider_id ?? null,
      provider_status: delivery?.status ?? null,
      provider_status_at: delivery?.status_at ?? null,
      attempt: Math.max(1, tries.indexOf(row.id) + 1),
      tries: tries.length,
      original_notification_id: row.original_notification_id,
      error,
      created_at: row.created_at,
    }
  })
  res.json({
    notification_deliveries,
    count: metadata?.count ?? rows.length,
    offset,
    limit,
  })
}
