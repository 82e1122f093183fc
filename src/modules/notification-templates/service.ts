import { MedusaService } from "@medusajs/framework/utils"
import { NotificationTemplate } from "./models/notification-template"
import { defaultTemplate } from "./defaults"
import { renderTemplate } from "./render"
import { validateNotificationTemplatesOptions } from "./loaders/validate-options"
import type {
  NotificationChannel,
  NotificationKind,
  NotificationLocale,
  NotificationTemplatesModuleOptions,
  RenderedMessage,
  ResolvedNotificationTemplatesOptions,
  TemplateVariables,
} from "./types"

/** Notification templates: built-in defaults plus the merchant's overrides. */
class NotificationTemplatesModuleService extends MedusaService({
  NotificationTemplate,
}) {
  protected readonly options_: ResolvedNotificationTemplatesOptions

  constructor(
    container: Record<string, unknown>,
    options: NotificationTemplatesModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = validateNotificationTemplatesOptions(options ?? {})
  }

  /** The store name every message is signed with (`{{store_name}}`). */
  getStoreName(): string {
    return this.options_.storeName
  }

  /** The language of e-mails to the store's admins. */
  getAdminLocale(): NotificationLocale {
    return this.options_.adminLocale
  }

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
    // The store name comes from the module options only, in one place.
    const variables = {
      ...input.variables,
      store_name: this.options_.storeName,
    }
    return {
      ...renderTemplate(source, variables),
      source: override ? override.id : "default",
      variables,
    }
  }
}

export default NotificationTemplatesModuleService
