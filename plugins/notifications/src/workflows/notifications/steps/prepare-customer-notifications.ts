import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  BigNumberInput,
  CreateNotificationDTO,
} from "@medusajs/framework/types"
import { withoutSent } from "../utils/without-sent"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"
import { NOTIFICATION_PREFERENCES_MODULE } from "../../../modules/notification-preferences"
import type NotificationPreferencesModuleService from "../../../modules/notification-preferences/service"
import {
  type NotificationChannel,
  type NotificationLocale,
  type TemplateSource,
  type TemplateVariables,
} from "../../../modules/notification-templates/types"
import type { NotificationRequest } from "../../../types/notification-request"
import { formatMoney, pickLocale } from "./prepare-order-notifications"
import { customerCopies } from "../utils/inbox-entry"

type VariableName = keyof TemplateVariables
type Money = { amount: BigNumberInput; currency_code: string }

export type PrepareCustomerNotificationsInput = {
  /** A built-in kind, or any snake_case kind a capability requests with its own `templates`. */
  kind: string
  /**
   * Who is told. Without it (built-in kinds), an `admin_*` kind goes to the
   * admins and any other kind to the customer.
   */
  audience?: NotificationRequest["audience"]
  /** The capability's default texts; a merchant override still wins. */
  templates?: NotificationRequest["templates"]
  /** The event behind it, stored as the notification's `trigger_type`. */
  event_name: string
  /** The customer told; for admin kinds (`admin_*`), the customer the message is about. */
  customer_id?: string | null
  resource_type: string
  resource_id: string
  /** What makes this message unique: keys are `<kind>:<source_id>:<channel>`. */
  source_id: string
  /** Values that read the same in every language. */
  variables?: Partial<Record<VariableName, string>>
  /** Amounts, formatted for the reader's language. */
  money?: Partial<Record<VariableName, Money>>
  /** Values that differ per language (a decision, say). */
  localized?: Partial<Record<VariableName, Record<NotificationLocale, string>>>
}

export const prepareCustomerNotificationsStepId =
  "notifications-prepare-customer-notifications-step"

const keyPart = (kind: string) => kind.replace(/_/g, "-")

/** The requested default text for a channel and locale (null: that channel is not used for the kind). */
function requestedDefault(
  templates: NonNullable<NotificationRequest["templates"]>,
  channel: NotificationChannel,
  locale: NotificationLocale
): TemplateSource | null {
  if (channel === "sms") {
    const body = templates.sms?.[locale]
    return body ? { body } : null
  }
  const email = templates.email?.[locale]
  return email ? { subject: email.subject, body: email.body } : null
}

/**
 * Builds the messages of one event for a customer (SMS and e-mail in the
 * customer's language, leaving out the channels they turned off) or, for the
 * `admins` audience (or a built-in `admin_*` kind), an e-mail to every admin. Keys that were already sent are
 * left out, so a repeated event sends nothing twice. These kinds are
 * transactional: the customer asked for them (an alert, a review, a dispute).
 */
export const prepareCustomerNotificationsStep = createStep(
  prepareCustomerNotificationsStepId,
  async (input: PrepareCustomerNotificationsInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const templates: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    const preferences: NotificationPreferencesModuleService = container.resolve(
      NOTIFICATION_PREFERENCES_MODULE
    )

    const { data: customers } = input.customer_id
      ? await query.graph({
          entity: "customer",
          fields: [
            "id",
            "email",
            "phone",
            "first_name",
            "last_name",
            "metadata",
          ],
          filters: { id: input.customer_id },
        })
      : { data: [] }
    const customer = customers[0] as
      | {
          id: string
          email?: string | null
          phone?: string | null
          first_name?: string | null
          last_name?: string | null
          metadata?: Record<string, unknown> | null
        }
      | undefined
    const name = [customer?.first_name, customer?.last_name]
      .filter(Boolean)
      .join(" ")

    const variablesFor = (locale: NotificationLocale): TemplateVariables => {
      const vars: TemplateVariables = {
        customer_name:
          name ||
          (locale === "ru"
            ? "покупатель"
            : locale === "en"
              ? "customer"
              : "mijoz"),
        ...input.variables,
      }
      for (const [key, money] of Object.entries(input.money ?? {})) {
        if (money) {
          vars[key as VariableName] = formatMoney(
            money.amount,
            money.currency_code,
            locale
          )
        }
      }
      for (const [key, texts] of Object.entries(input.localized ?? {})) {
        if (texts) {
          vars[key as VariableName] = texts[locale]
        }
      }
      return vars
    }

    const candidates: CreateNotificationDTO[] = []
    const add = async (
      channel: NotificationChannel,
      to: string,
      locale: NotificationLocale,
      receiverId: string | null,
      keySuffix = ""
    ) => {
      const variables = variablesFor(locale)
      const message = await templates.renderMessage({
        kind: input.kind,
        channel,
        locale,
        variables,
        defaults: input.templates
          ? requestedDefault(input.templates, channel, locale)
          : undefined,
      })
      if (!message) {
        return
      }
      const content = {
        text: message.text,
        subject: message.subject,
        html: message.html,
      }
      candidates.push({
        to,
        channel,
        template: input.kind,
        receiver_id: receiverId,
        trigger_type: input.event_name,
        resource_type: input.resource_type,
        resource_id: input.resource_id,
        // Kept in `data` too, so a retry resends the same text.
        data: {
          locale,
          template_source: message.source,
          ...message.variables,
          ...content,
        },
        content,
        idempotency_key: `${keyPart(input.kind)}:${input.source_id}:${channel}${keySuffix}`,
      })
    }

    const toAdmins = input.audience
      ? input.audience === "admins"
      : input.kind.startsWith("admin_")
    if (toAdmins) {
      const { data: users } = await query.graph({
        entity: "user",
        fields: ["id", "email"],
      })
      for (const user of users as { id: string; email: string }[]) {
        await add(
          "email",
          user.email,
          templates.getAdminLocale(),
          user.id,
          `:${user.id}`
        )
      }
    } else if (customer) {
      const locale = pickLocale({ customer })
      const [pref] = await preferences.listNotificationPreferences({
        customer_id: customer.id,
      })
      if (customer.phone && (pref?.sms_transactional ?? true)) {
        await add("sms", customer.phone, locale, customer.id)
      }
      if (customer.email && (pref?.email_transactional ?? true)) {
        await add("email", customer.email, locale, customer.id)
      }
      // The inbox copy and the push, whatever the SMS/e-mail opt-outs.
      const copies = await customerCopies(templates, {
        kind: input.kind,
        locale,
        variables: variablesFor(locale),
        customer_id: customer.id,
        key_base: `${keyPart(input.kind)}:${input.source_id}`,
        defaults: input.templates
          ? {
              sms: requestedDefault(input.templates, "sms", locale),
              email: requestedDefault(input.templates, "email", locale),
            }
          : undefined,
        common: {
          trigger_type: input.event_name,
          resource_type: input.resource_type,
          resource_id: input.resource_id,
        },
      })
      candidates.push(...copies)
    }

    return new StepResponse(await withoutSent(query, candidates))
  }
)
