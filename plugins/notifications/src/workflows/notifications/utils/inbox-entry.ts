import type { CreateNotificationDTO } from "@medusajs/framework/types"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import type {
  NotificationLocale,
  TemplateSource,
  TemplateVariables,
} from "../../../modules/notification-templates/types"

/**
 * The inbox copy of a customer message (issue #19): a notification on the
 * inbox channel, `to` and `receiver_id` the customer, with the short text
 * (the SMS wording, else the e-mail's) and the e-mail subject as title. Null
 * when the inbox is off or the kind has no text for the customer.
 */
export async function inboxEntry(
  templates: NotificationTemplatesModuleService,
  input: {
    kind: string
    locale: NotificationLocale
    variables: TemplateVariables
    customer_id: string
    /** The other channels' idempotency key without the channel: `<kind>:<source>`. */
    key_base: string
    /** The requesting capability's default texts (undefined: built-in kind). */
    defaults?: {
      sms: TemplateSource | null
      email: TemplateSource | null
    }
    common: Pick<
      CreateNotificationDTO,
      "trigger_type" | "resource_type" | "resource_id"
    >
  }
): Promise<CreateNotificationDTO | null> {
  const channel = templates.getInboxChannel()
  if (!channel) {
    return null
  }
  const render = (ch: "sms" | "email") =>
    templates.renderMessage({
      kind: input.kind,
      channel: ch,
      locale: input.locale,
      variables: input.variables,
      defaults: input.defaults ? input.defaults[ch] : undefined,
    })
  const [sms, email] = [await render("sms"), await render("email")]
  const text = sms?.text ?? email?.text
  if (!text) {
    return null
  }
  const content = { subject: email?.subject, text }
  return {
    ...input.common,
    to: input.customer_id,
    channel,
    template: input.kind,
    receiver_id: input.customer_id,
    data: { locale: input.locale, ...content },
    content,
    idempotency_key: `${input.key_base}:${channel}`,
  }
}
