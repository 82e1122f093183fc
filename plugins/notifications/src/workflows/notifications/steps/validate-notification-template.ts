import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import {
  renderTemplate,
  unknownPlaceholders,
} from "../../../modules/notification-templates/render"
import type { NotificationTemplateInput } from "./upsert-notification-template"
import { countSmsSegments } from "@bozor/uz-utils"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"

export const validateNotificationTemplateStepId =
  "notifications-validate-notification-template-step"

/**
 * Long but realistic values: an SMS template must fit two segments with them
 * (and with the configured store name, which replaces `store_name`).
 */
export const SAMPLE_VARIABLES = {
  customer_name: "Dilnoza Karimova",
  order_number: "100245",
  total: "12 345 000 so'm",
  amount: "12 345 000 so'm",
  store_name: "Bozor",
  product_title: "Cho'yan qozon, 12 l",
  price: "2 500 000 so'm",
  old_price: "2 900 000 so'm",
  decision: "2 500 000 so'm qaytarildi",
  message: "Mahsulot shikastlangan holda keldi",
  points: "1250",
  expires_on: "2026-12-31",
}

/** The sample value of a variable a capability declared that has none above. */
const SAMPLE_VALUE = "Namuna qiymati 12345"

/**
 * Checks a merchant's template: a kind the store knows (an order kind, or
 * one a capability has requested) on a channel it is sent by, that kind's
 * placeholders only, a subject for e-mail, no subject or HTML for SMS, and an
 * SMS that stays within two segments once filled (GSM-7, or UCS-2 for
 * Cyrillic).
 */
export const validateNotificationTemplateStep = createStep(
  validateNotificationTemplateStepId,
  async (input: NotificationTemplateInput, { container }) => {
    const templates: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    const kind = await templates.retrieveKnownKind(input.event)
    if (!kind) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown notification kind ${input.event}: only order kinds and kinds a plugin has requested can be overridden.`
      )
    }
    if (input.event === "admin_order_placed" && input.channel !== "email") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The admin_order_placed template exists for e-mail only."
      )
    }
    if (!kind.templates[input.channel]) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The ${input.event} notification is not sent by ${input.channel}.`
      )
    }
    const unknown = [input.body, input.subject ?? "", input.html ?? ""].flatMap(
      (text) => unknownPlaceholders(text, kind.variables)
    )
    if (unknown.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown template variables: ${[...new Set(unknown)].join(", ")}.`
      )
    }
    if (input.channel === "email" && !input.subject) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An e-mail template needs a subject."
      )
    }
    if (input.channel === "sms") {
      if (input.subject || input.html) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "An SMS template has a body only (no subject or html)."
        )
      }
      const samples: Record<string, string> = Object.fromEntries(
        kind.variables.map((name) => [
          name,
          SAMPLE_VARIABLES[name as keyof typeof SAMPLE_VARIABLES] ??
            SAMPLE_VALUE,
        ])
      )
      const { text } = renderTemplate(
        { body: input.body },
        { ...samples, store_name: templates.getStoreName() }
      )
      const segments = countSmsSegments(text)
      if (segments.segments > 2) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The SMS template is ${segments.segments} segments long (${segments.units} ${segments.encoding} characters with sample values); the limit is 2.`
        )
      }
    }
  }
)
