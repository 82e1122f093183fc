import { MedusaService } from "@medusajs/framework/utils"
import { NotificationTemplate } from "./models/notification-template"
import { defaultTemplate } from "./defaults"
import { renderTemplate } from "./render"
import {
  type NotificationsPluginOptions,
  type ResolvedNotificationsOptions,
  validateNotificationsOptions,
} from "../../utils/options"
import type {
  NotificationChannel,
  NotificationKind,
  NotificationLocale,
  RenderedMessage,
  TemplateSource,
  TemplateVariables,
} from "./types"
import { NOTIFICATION_KINDS } from "./types"

const isBuiltInKind = (kind: string): kind is NotificationKind =>
  (NOTIFICATION_KINDS as readonly string[]).includes(kind)

/** Notification templates: built-in defaults plus the merchant's overrides. */
class NotificationTemplatesModuleService extends MedusaService({
  NotificationTemplate,
}) {
  protected readonly options_: ResolvedNotificationsOptions

  constructor(
    container: Record<string, unknown>,
    options: NotificationsPluginOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = validateNotificationsOptions(options ?? {})
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
    kind: string
    channel: NotificationChannel
    locale: NotificationLocale
    variables: TemplateVariables
    /**
     * The requesting capability's default for this channel and locale (null:
     * not sent on it). When undefined, the built-in template of the kind.
     */
    defaults?: TemplateSource | null
  }): Promise<RenderedMessage | null> {
    const [override] = await this.listNotificationTemplates({
      event: input.kind,
      channel: input.channel,
      locale: input.locale,
    })
    const fallback =
      input.defaults !== undefined
        ? input.defaults
        : isBuiltInKind(input.kind)
          ? defaultTemplate(input.kind, input.channel, input.locale)
          : null
    const source = override ?? fallback
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
