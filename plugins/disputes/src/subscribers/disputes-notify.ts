import { MathBN } from "@medusajs/framework/utils"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DisputeEvents } from "../modules/disputes/events"
import { formatMoney } from "@bozor/uz-utils"
import {
  ADMIN_DISPUTE_KINDS,
  DISPUTE_NOTIFICATION_TEMPLATES,
  type DisputeNotificationKind,
} from "../notifications/templates"
import {
  NOTIFICATION_REQUESTED,
  type NotificationLocale,
  type NotificationRequest,
} from "../notifications/types"
import {
  DISPUTE_REASON_LABELS,
  DISPUTE_STATUS_LABELS,
} from "../modules/disputes/labels"
import type { DisputeReason, DisputeStatus } from "../modules/disputes/types"

type DisputeEventData = {
  id: string
  order_id: string
  customer_id: string
  message_id?: string
  author_type?: string
  visibility?: string
  decision?: "refund" | "reject"
  amount?: number | string | null
  currency_code?: string | null
  waiting_since?: string
  from?: DisputeStatus
  to?: DisputeStatus
  transition_id?: string
}

// A resolution's message is `dispute_resolved` (it carries the decision).
const TOLD_BY_RESOLVED: DisputeStatus[] = ["resolved", "rejected"]

/**
 * Longest part of the customer's description quoted in the merchant's
 * e-mail: the notification contract bounds a value at 2,000 characters and a
 * description may have 5,000 (the whole text is in the dispute).
 */
export const MAX_QUOTED_DESCRIPTION = 1500

const clip = (text?: string) =>
  text && text.length > MAX_QUOTED_DESCRIPTION
    ? `${text.slice(0, MAX_QUOTED_DESCRIPTION - 1)}…`
    : text

type Request = Omit<NotificationRequest, "audience" | "templates"> & {
  kind: DisputeNotificationKind
}

/**
 * Dispute messages, requested from the notifications plugin through
 * `notification.requested` with this plugin's own texts: the merchant hears
 * of each new dispute (with its reason and description) and each overdue one
 * (e-mail to the admins); the customer of each public merchant answer, each
 * status change and the decision (SMS and e-mail). Keys are per dispute,
 * message, transition or decision, so a repeated event sends nothing twice.
 */
export default async function disputesNotify({
  event: { name, data },
  container,
}: SubscriberArgs<DisputeEventData>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id"],
    filters: { id: data.order_id },
  })
  const base = {
    event_name: name,
    customer_id: data.customer_id,
    resource_type: "dispute",
    resource_id: data.id,
    variables: { order_number: String(orders[0]?.display_id ?? "") },
  }
  let input: Request | null = null
  switch (name) {
    case DisputeEvents.OPENED: {
      const { data: disputes } = await query.graph({
        entity: "dispute",
        fields: ["id", "reason", "description"],
        filters: { id: data.id },
      })
      const dispute = disputes[0] as
        { reason: DisputeReason; description?: string | null } | undefined
      const labels = dispute ? DISPUTE_REASON_LABELS[dispute.reason] : null
      const description = clip(dispute?.description?.trim())
      input = {
        ...base,
        kind: "admin_dispute_opened",
        source_id: data.id,
        // `{{message}}` of the template: "<reason> — <customer's words>", in
        // each language: the admins' locale is the notifications plugin's.
        localized: labels
          ? {
              message: {
                uz: [labels.uz, description].filter(Boolean).join(" — "),
                ru: [labels.ru, description].filter(Boolean).join(" — "),
                en: [labels.en, description].filter(Boolean).join(" — "),
              },
            }
          : undefined,
      }
      break
    }
    case DisputeEvents.STATUS_CHANGED:
      if (
        data.to &&
        data.transition_id &&
        !TOLD_BY_RESOLVED.includes(data.to)
      ) {
        input = {
          ...base,
          kind: "dispute_status_changed",
          // One message per transition: key
          // `dispute-status-changed:<dispute id>:<transition id>:<channel>`.
          source_id: `${data.id}:${data.transition_id}`,
          localized: { message: DISPUTE_STATUS_LABELS[data.to] },
        }
      }
      break
    case DisputeEvents.OVERDUE_FLAGGED:
      input = {
        ...base,
        kind: "admin_dispute_overdue",
        source_id: `${data.id}:${data.waiting_since ?? ""}`,
        variables: {
          ...base.variables,
          message: String(data.waiting_since ?? "").slice(0, 10),
        },
      }
      break
    case DisputeEvents.MESSAGE_ADDED:
      if (data.author_type === "merchant" && data.visibility === "public") {
        input = {
          ...base,
          kind: "dispute_answered",
          source_id: data.message_id!,
        }
      }
      break
    case DisputeEvents.RESOLVED: {
      const refunded =
        data.decision === "refund" &&
        data.amount !== null &&
        data.amount !== undefined
          ? (locale: NotificationLocale) =>
              formatMoney(
                MathBN.convert(data.amount!).toFixed(),
                data.currency_code ?? "uzs",
                locale
              )
          : null
      input = {
        ...base,
        kind: "dispute_resolved",
        source_id: data.id,
        localized: {
          decision: refunded
            ? {
                uz: `${refunded("uz")} qaytariladi`,
                ru: `вернём ${refunded("ru")}`,
                en: `${refunded("en")} will be refunded`,
              }
            : { uz: "rad etildi", ru: "отклонена", en: "rejected" },
        },
      }
      break
    }
  }
  if (input) {
    const request: NotificationRequest = {
      ...input,
      audience: ADMIN_DISPUTE_KINDS.includes(input.kind)
        ? "admins"
        : "customer",
      templates: DISPUTE_NOTIFICATION_TEMPLATES[input.kind],
    }
    await container
      .resolve(Modules.EVENT_BUS)
      .emit({ name: NOTIFICATION_REQUESTED, data: request })
  }
}

export const config: SubscriberConfig = {
  event: [
    DisputeEvents.OPENED,
    DisputeEvents.OVERDUE_FLAGGED,
    DisputeEvents.MESSAGE_ADDED,
    DisputeEvents.STATUS_CHANGED,
    DisputeEvents.RESOLVED,
  ],
  context: { subscriberId: "disputes-notify" },
}
