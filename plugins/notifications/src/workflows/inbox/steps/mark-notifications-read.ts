import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_INBOX_MODULE } from "../../../modules/notification-inbox"
import type NotificationInboxModuleService from "../../../modules/notification-inbox/service"

export const markNotificationsReadStepId =
  "notifications-mark-notifications-read-step"

/** Records the reads (already-read ones keep their first `read_at`); compensation deletes the new ones. */
export const markNotificationsReadStep = createStep(
  markNotificationsReadStepId,
  async (
    input: {
      customer_id: string
      notifications: { id: string; created_at: Date }[]
    },
    { container }
  ) => {
    const service: NotificationInboxModuleService = container.resolve(
      NOTIFICATION_INBOX_MODULE
    )
    const marked = await service.markRead(
      input.customer_id,
      input.notifications
    )
    return new StepResponse(marked, marked)
  },
  async (marked, { container }) => {
    if (!marked?.length) {
      return
    }
    const service: NotificationInboxModuleService = container.resolve(
      NOTIFICATION_INBOX_MODULE
    )
    const rows = await service.listNotificationReads(
      { notification_id: marked },
      { select: ["id"] }
    )
    await service.deleteNotificationReads(rows.map((r) => r.id))
  }
)
