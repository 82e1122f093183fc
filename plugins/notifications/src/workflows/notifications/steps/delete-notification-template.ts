import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"

export const deleteNotificationTemplateStepId =
  "notifications-delete-notification-template-step"

/** Soft-deletes an override, so the built-in template applies again; restored on compensation. */
export const deleteNotificationTemplateStep = createStep(
  deleteNotificationTemplateStepId,
  async (id: string, { container }) => {
    const service: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    await service.softDeleteNotificationTemplates(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    await service.restoreNotificationTemplates(id)
  }
)
