import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SentNotification } from "./send-notifications"
import { NOTIFICATION_DELIVERY_MODULE } from "../../../modules/notification-delivery"
import type NotificationDeliveryModuleService from "../../../modules/notification-delivery/service"

export const recordNotificationDeliveriesStepId =
  "notifications-record-notification-deliveries-step"

/** `<provider>:<id>` (`eskiz:…`, `playmobile:…`) → route and provider id; SMTP message ids (`<…@host>`) have no prefix. */
export function parseExternalId(
  notification: Pick<SentNotification, "external_id" | "channel">
) {
  const external = notification.external_id ?? ""
  const match = /^([a-z][a-z0-9-]*):(.+)$/.exec(external)
  if (match) {
    return { route: match[1], external_id: match[2] }
  }
  return {
    route: notification.channel === "email" ? "smtp" : "unknown",
    external_id: external,
  }
}

/** Records which route delivered each successfully sent notification. */
export const recordNotificationDeliveriesStep = createStep(
  recordNotificationDeliveriesStepId,
  async (notifications: SentNotification[], { container }) => {
    const service: NotificationDeliveryModuleService = container.resolve(
      NOTIFICATION_DELIVERY_MODULE
    )
    const sent = notifications.filter(
      (n) => n.status === "success" && n.external_id
    )
    if (!sent.length) {
      return new StepResponse([], [])
    }
    const existing = await service.listNotificationDeliveries({
      notification_id: sent.map((n) => n.id),
    })
    const have = new Set(existing.map((d) => d.notification_id))
    const toCreate = sent
      .filter((n) => !have.has(n.id))
      .map((n) => ({ notification_id: n.id, ...parseExternalId(n) }))
    const created = toCreate.length
      ? await service.createNotificationDeliveries(toCreate)
      : []
    return new StepResponse(
      created,
      created.map((d) => d.id)
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service: NotificationDeliveryModuleService = container.resolve(
      NOTIFICATION_DELIVERY_MODULE
    )
    await service.deleteNotificationDeliveries(createdIds)
  }
)
