import type { CreateNotificationDTO } from "@medusajs/framework/types"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import type {
  NotificationLocale,
  TemplateSource,
  TemplateVariables,
} from "../../../modules/notification-templates/types"

type CopyInput = {
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

/**
 * The customer's copies of a message beyond SMS and e-mail (issue #19): the
 * inbox copy (`inbox` option, channel `feed`) and the push (`push` option,
 * channel `push`, to the customer's devices). Both carry the short text (the
 * SMS wording, else the e-mail's) with the e-mail subject as title, `to` and
 * `receiver_id` the customer, key `<kind>:<source>:<channel>`. Empty when
 * both are off or the kind has no text for the customer.
 */
export async function customerCopies(
  templates: NotificationTemplatesModuleService,
  input: CopyInput
): Promise<CreateNotificationDTO[]> {
  const channels = [
    templates.getInboxChannel(),
    templates.getPushChannel(),
  ].filter((c): c is string => !!c)
  if (!channels.length) {
    return []
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
    return []
  }
  const content = { subject: email?.subject, text }
  return channels.map((channel) => ({
    ...input.common,
    to: input.customer_id,
    channel,
    template: input.kind,
    receiver_id: input.customer_id,
    data: { locale: input.locale, ...content },
    content,
    idempotency_key: `${input.key_base}:${channel}`,
  }))
}
