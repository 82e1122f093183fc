import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { NOTIFICATION_INBOX_MODULE } from "../../../../../modules/notification-inbox"
import type NotificationInboxModuleService from "../../../../../modules/notification-inbox/service"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../../../modules/notification-templates/service"

export type InboxMessage = {
  id: string
  kind: string | null
  title: string | null
  text: string
  resource_type: string | null
  resource_id: string | null
  created_at: Date
  read_at: Date | null
}

/**
 * A page of the customer's inbox (newest first) with the total and the
 * number unread: messages newer than `read_all_before` without a read row.
 */
export async function inboxPage(
  scope: MedusaContainer,
  customerId: string,
  page: { offset: number; limit: number }
) {
  const templates: NotificationTemplatesModuleService = scope.resolve(
    NOTIFICATION_TEMPLATES_MODULE
  )
  const inbox: NotificationInboxModuleService = scope.resolve(
    NOTIFICATION_INBOX_MODULE
  )
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = {
    receiver_id: customerId,
    channel: templates.getInboxReadChannel(),
  }
  const [{ data: rows, metadata: { count } = { count: 0 } }, [state]] =
    await Promise.all([
      query.graph({
        entity: "notification",
        fields: [
          "id",
          "template",
          "data",
          "resource_type",
          "resource_id",
          "created_at",
        ],
        filters,
        pagination: {
          skip: page.offset,
          take: page.limit,
          order: { created_at: "DESC", id: "DESC" },
        },
      }),
      inbox.listNotificationInboxStates({ customer_id: customerId }),
    ])
  const before = state?.read_all_before ?? null
  const [reads, newer, [, newerRead]] = await Promise.all([
    rows.length
      ? inbox.listNotificationReads({
          notification_id: rows.map((r) => r.id),
        })
      : Promise.resolve([]),
    before
      ? query
          .graph({
            entity: "notification",
            fields: ["id"],
            filters: { ...filters, created_at: { $gt: before } },
            pagination: { skip: 0, take: 1 },
          })
          .then((r) => r.metadata?.count ?? 0)
      : Promise.resolve(count),
    inbox.listAndCountNotificationReads(
      before
        ? { customer_id: customerId, notification_created_at: { $gt: before } }
        : { customer_id: customerId },
      { select: ["id"], take: 1 }
    ),
  ])
  const readAt = new Map(reads.map((r) => [r.notification_id, r.read_at]))
  const messages: InboxMessage[] = rows.map((n) => {
    const data = (n.data ?? {}) as Record<string, unknown>
    const created = new Date(n.created_at as Date)
    return {
      id: n.id,
      kind: n.template ?? null,
      title: typeof data.subject === "string" ? data.subject : null,
      text: typeof data.text === "string" ? data.text : "",
      resource_type: n.resource_type ?? null,
      resource_id: n.resource_id ?? null,
      created_at: created,
      read_at:
        readAt.get(n.id) ?? (before && created <= before ? before : null),
    }
  })
  return {
    notifications: messages,
    count,
    unread_count: Math.max(0, newer - newerRead),
    offset: page.offset,
    limit: page.limit,
  }
}
