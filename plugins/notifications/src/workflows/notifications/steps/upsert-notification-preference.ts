import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_PREFERENCES_MODULE } from "../../../modules/notification-preferences"
import type NotificationPreferencesModuleService from "../../../modules/notification-preferences/service"
import type { NotificationPreferenceValues } from "./validate-notification-preferences"

export const upsertNotificationPreferenceStepId =
  "notifications-upsert-notification-preference-step"

type Undo = {
  created?: string
  previous?: NotificationPreferenceValues & { id: string }
}

/** Creates or updates the customer's preference row. */
export const upsertNotificationPreferenceStep = createStep(
  upsertNotificationPreferenceStepId,
  async (
    input: NotificationPreferenceValues & { customer_id: string },
    { container }
  ) => {
    const service: NotificationPreferencesModuleService = container.resolve(
      NOTIFICATION_PREFERENCES_MODULE
    )
    const [existing] = await service.listNotificationPreferences({
      customer_id: input.customer_id,
    })
    if (!existing) {
      const created = await service.createNotificationPreferences(input)
      const undo: Undo = { created: created.id }
      return new StepResponse(created, undo)
    }
    const { customer_id: _, ...values } = input
    const updated = await service.updateNotificationPreferences({
      id: existing.id,
      ...values,
    })
    const undo: Undo = {
      previous: {
        id: existing.id,
        sms_transactional: existing.sms_transactional,
        sms_marketing: existing.sms_marketing,
        email_transactional: existing.email_transactional,
        email_marketing: existing.email_marketing,
        push_marketing: existing.push_marketing,
      },
    }
    return new StepResponse(updated, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: NotificationPreferencesModuleService = container.resolve(
      NOTIFICATION_PREFERENCES_MODULE
    )
    if (undo.created) {
      await service.deleteNotificationPreferences(undo.created)
    }
    if (undo.previous) {
      await service.updateNotificationPreferences(undo.previous)
    }
  }
)
