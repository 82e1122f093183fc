import { MedusaService } from "@medusajs/framework/utils"
import { NotificationTemplate } from "./models/notification-template"
import { defaultTemplate } from "./defaults"
import { renderTemplate } from "./render"
import type {
  NotificationChannel,
  NotificationKind,
  NotificationLocale,
  RenderedMessage,
  TemplateVariables,
} from "./types"

/** Notification templates: built-in defaults plus the merchant's overrides. */
class NotificationTemplatesModuleService extends MedusaService({
  NotificationTemplate,
}) {
  /**
   * Renders the message for a kind, channel and locale: the merchant's
   * override when one exists, the built-in template otherwise. Returns null
   * when the kind is not sent on that channel.
   */
  async renderMessage(input: {
    kind: NotificationKind
    channel: NotificationChannel
    locale: NotificationLocale
    variables: TemplateVariables
  }): Promise<RenderedMessage | null> {
    const [override] = await this.listNotificationTemplates({
      event: input.kind,
      channel: input.channel,
      locale: input.locale,
    })
    const source =
      override ?? defaultTemplate(input.kind, input.channel, input.locale)
    if (!source) {
      return null
    }
    return {
      ...renderTemplate(source, input.variables),
      source: override ? override.id : "default",
    }
  }
}

export default NotificationTemplatesModuleService
