import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import type { NotificationRequest } from "../../../types/notification-request"

export const scheduleNotificationStepId =
  "notifications-schedule-notification-step"

/**
 * Keeps a request with a future `send_at` until it is due, once per
 * `<kind>:<source_id>` (a repeated request changes nothing). Compensation
 * deletes the row it kept.
 */
export const scheduleNotificationStep = createStep(
  scheduleNotificationStepId,
  async (request: NotificationRequest, { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    const { send_at, ...payload } = request
    const ids = await service.schedule([
      {
        key: `${request.kind}:${request.source_id}`,
        kind: request.kind,
        customer_id: request.customer_id ?? null,
        send_at: new Date(send_at!),
        payload,
      },
    ])
    return new StepResponse(ids[0] ?? null, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    await service.deleteScheduledNotifications(ids)
  }
)
