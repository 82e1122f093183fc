import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_DELIVERY_MODULE } from "../../../modules/notification-delivery"
import type NotificationDeliveryModuleService from "../../../modules/notification-delivery/service"
import { FINAL_DELIVERY_STATUSES } from "../../../types/delivery-status"

export const upsertNotificationDeliveryStatusStepId =
  "notifications-upsert-notification-delivery-status-step"

export type UpsertNotificationDeliveryStatusInput = {
  notification_id: string
  route: string
  external_id: string
  status: string
  status_at: Date | null
  sms_count: number | null
}

type Snapshot = {
  created?: string
  previous?: {
    id: string
    status: string | null
    status_at: Date | null
    sms_count: number | null
  }
}

/**
 * Records the status a provider reported for a notification. A final status
 * is never replaced by a late intermediate one (callbacks can arrive out of
 * order), and a repeated callback changes nothing.
 */
export const upsertNotificationDeliveryStatusStep = createStep(
  upsertNotificationDeliveryStatusStepId,
  async (input: UpsertNotificationDeliveryStatusInput, { container }) => {
    const service: NotificationDeliveryModuleService = container.resolve(
      NOTIFICATION_DELIVERY_MODULE
    )
    const [existing] = await service.listNotificationDeliveries({
      notification_id: input.notification_id,
    })
    if (!existing) {
      const created = await service.createNotificationDeliveries(input)
      return new StepResponse(created, { created: created.id } as Snapshot)
    }
    const keepFinal =
      existing.status &&
      FINAL_DELIVERY_STATUSES.includes(existing.status) &&
      !FINAL_DELIVERY_STATUSES.includes(input.status)
    // A repeated callback (providers resend until they get a 2xx) is not a change.
    const repeated =
      existing.status === input.status &&
      sameInstant(existing.status_at, input.status_at) &&
      (input.sms_count ?? existing.sms_count) === existing.sms_count
    if (keepFinal || repeated) {
      return new StepResponse(existing, {} as Snapshot)
    }
    const updated = await service.updateNotificationDeliveries({
      id: existing.id,
      status: input.status,
      status_at: input.status_at,
      sms_count: input.sms_count ?? existing.sms_count,
    })
    const snapshot: Snapshot = {
      previous: {
        id: existing.id,
        status: existing.status,
        status_at: existing.status_at,
        sms_count: existing.sms_count,
      },
    }
    return new StepResponse(updated, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const service: NotificationDeliveryModuleService = container.resolve(
      NOTIFICATION_DELIVERY_MODULE
    )
    if (snapshot.created) {
      await service.deleteNotificationDeliveries(snapshot.created)
    }
    if (snapshot.previous) {
      await service.updateNotificationDeliveries(snapshot.previous)
    }
  }
)

// Workflow inputs are serialised: a Date may arrive as its ISO string.
function sameInstant(
  a: Date | string | null,
  b: Date | string | null
): boolean {
  if (!a || !b) {
    return !a && !b
  }
  return new Date(a).getTime() === new Date(b).getTime()
}
