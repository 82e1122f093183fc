import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { CreateNotificationDTO } from "@medusajs/framework/types"

/** What the workflow returns about each notification after sending. */
export type SentNotification = {
  id: string
  to: string
  channel: string
  template: string | null
  status: string
  external_id: string | null
  idempotency_key: string | null
}

export const sendNotificationsStepId = "notifications-send-notifications-step"

/**
 * Sends through the Notification Module, which picks the provider by channel.
 * Each notification goes in its own `createNotifications` call so one failure
 * (or a concurrent duplicate hitting the unique `idempotency_key`) cannot stop
 * the others. A provider error leaves the row in status `failure`, where the
 * retry job finds it; the step itself does not fail.
 *
 * Irreversible: a sent SMS or e-mail cannot be recalled, so there is no
 * compensation and the step runs last among the steps that matter.
 */
export const sendNotificationsStep = createStep(
  sendNotificationsStepId,
  async (notifications: CreateNotificationDTO[], { container }) => {
    if (!notifications.length) {
      return new StepResponse([] as SentNotification[])
    }
    const notificationModule = container.resolve(Modules.NOTIFICATION)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    for (const notification of notifications) {
      try {
        await notificationModule.createNotifications(notification)
      } catch (e) {
        logger.warn(
          `[notifications] ${notification.idempotency_key} (${notification.channel}) failed: ${(e as Error).message}`
        )
      }
    }
    const keys = notifications
      .map((n) => n.idempotency_key)
      .filter((k): k is string => !!k)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: stored } = await query.graph({
      entity: "notification",
      fields: [
        "id",
        "to",
        "channel",
        "template",
        "status",
        "external_id",
        "idempotency_key",
      ],
      filters: { idempotency_key: keys },
    })
    const sent: SentNotification[] = stored.map((n) => ({
      id: n.id,
      to: n.to,
      channel: n.channel,
      template: n.template ?? null,
      status: String(n.status),
      external_id: n.external_id ?? null,
      idempotency_key: n.idempotency_key ?? null,
    }))
    return new StepResponse(sent)
  }
)
