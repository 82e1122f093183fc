import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import type {
  NotificationChannel,
  NotificationLocale,
} from "../../../modules/notification-templates/types"

export const upsertNotificationTemplateStepId =
  "notifications-upsert-notification-template-step"

export type NotificationTemplateInput = {
  /** A built-in kind or one a capability has requested. */
  event: string
  channel: NotificationChannel
  locale: NotificationLocale
  subject?: string | null
  body: string
  html?: string | null
}

type Undo = {
  created?: string
  previous?: {
    id: string
    subject: string | null
    body: string
    html: string | null
  }
}

/** Creates the override for (event, channel, locale), or replaces the existing one. */
export const upsertNotificationTemplateStep = createStep(
  upsertNotificationTemplateStepId,
  async (input: NotificationTemplateInput, { container }) => {
    const service: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    const [existing] = await service.listNotificationTemplates({
      event: input.event,
      channel: input.channel,
      locale: input.locale,
    })
    const values = {
      subject: input.subject ?? null,
      body: input.body,
      html: input.html ?? null,
    }
    if (!existing) {
      const created = await service.createNotificationTemplates({
        ...input,
        ...values,
      })
      const undo: Undo = { created: created.id }
      return new StepResponse(created, undo)
    }
    const updated = await service.updateNotificationTemplates({
      id: existing.id,
      ...values,
    })
    const undo: Undo = {
      previous: {
        id: existing.id,
        subject: existing.subject,
        body: existing.body,
        html: existing.html,
      },
    }
    return new StepResponse(updated, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    if (undo.created) {
      await service.deleteNotificationTemplates(undo.created)
    }
    if (undo.previous) {
      await service.updateNotificationTemplates(undo.previous)
    }
  }
)
