import { MedusaService } from "@medusajs/framework/utils"
import { NotificationTemplate } from "./models/notification-template"
import { NotificationKindModel } from "./models/notification-kind"
import { defaultTemplate } from "./defaults"
import { renderTemplate } from "./render"
import {
  type NotificationsPluginOptions,
  type ResolvedNotificationsOptions,
  validateNotificationsOptions,
} from "../../utils/options"
import type {
  KnownNotificationKind,
  NotificationChannel,
  NotificationLocale,
  RenderedMessage,
  RequestedTemplates,
  TemplateSource,
  TemplateVariables,
} from "./types"
import {
  ADMIN_KINDS,
  isBuiltInKind,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  NOTIFICATION_LOCALES,
  TEMPLATE_VARIABLES,
} from "./types"

/**
 * Notification templates: the built-in order kinds, the kinds capabilities
 * have requested (with their default texts), and the merchant's overrides.
 */
class NotificationTemplatesModuleService extends MedusaService({
  NotificationTemplate,
  NotificationKind: NotificationKindModel,
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

  /** The channel customers' inbox copies are stored on, or null when the inbox is off (`inbox` option). */
  getInboxChannel(): string | null {
    return this.options_.inbox ? this.options_.inboxChannel : null
  }

  /** The channel customer messages are also pushed on, or null when pushes are off (`push` option). */
  getPushChannel(): string | null {
    return this.options_.push ? this.options_.pushChannel : null
  }

  /** The channel the inbox routes read (copies made while the inbox was on stay readable). */
  getInboxReadChannel(): string {
    return this.options_.inboxChannel
  }

  /** A built-in order kind with its defaults (null for any other kind). */
  builtInKind(kind: string): KnownNotificationKind | null {
    if (!isBuiltInKind(kind)) {
      return null
    }
    const admin = (ADMIN_KINDS as readonly string[]).includes(kind)
    const templates: RequestedTemplates = {}
    for (const channel of NOTIFICATION_CHANNELS) {
      for (const locale of NOTIFICATION_LOCALES) {
        const source = defaultTemplate(kind, channel, locale)
        if (!source) {
          continue
        }
        if (channel === "sms") {
          templates.sms = { ...templates.sms, [locale]: source.body } as never
        } else {
          templates.email = {
            ...templates.email,
            [locale]: { subject: source.subject ?? "", body: source.body },
          } as never
        }
      }
    }
    return {
      kind,
      audience: admin ? "admins" : "customer",
      built_in: true,
      variables: [...TEMPLATE_VARIABLES],
      templates,
    }
  }

  /**
   * What the store knows of a kind: a built-in order kind, or one a
   * capability has requested at least once (its latest defaults); null when
   * neither, so no override can be made for it.
   */
  async retrieveKnownKind(kind: string): Promise<KnownNotificationKind | null> {
    const builtIn = this.builtInKind(kind)
    if (builtIn) {
      return builtIn
    }
    const [row] = await this.listNotificationKinds({ kind })
    if (!row) {
      return null
    }
    return {
      kind: row.kind,
      audience: row.audience as KnownNotificationKind["audience"],
      built_in: false,
      variables: row.variables.map(String),
      templates: row.templates as RequestedTemplates,
    }
  }

  /** The built-in kinds, in their fixed order. */
  listBuiltInKinds(): KnownNotificationKind[] {
    return NOTIFICATION_KINDS.map((k) => this.builtInKind(k)!)
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
