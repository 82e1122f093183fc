import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"

export const finishScheduledNotificationsStepId =
  "notifications-finish-scheduled-notifications-step"

/** Marks claimed rows `sent` (or `failed` with the error). Runs after the irreversible sends; no compensation. */
export const finishScheduledNotificationsStep = createStep(
  finishScheduledNotificationsStepId,
  async (results: { id: string; error: string | null }[], { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    if (results.length) {
      const now = new Date()
      await service.updateScheduledNotifications(
        results.map((r) => ({
          id: r.id,
          status: r.error ? ("failed" as const) : ("sent" as const),
          sent_at: r.error ? null : now,
          error: r.error,
        }))
      )
    }
    return new StepResponse(results.length)
  }
)
