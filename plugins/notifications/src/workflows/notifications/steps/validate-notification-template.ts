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
import {
  SAMPLE_VARIABLES,
  sampleVariables,
} from "../../../modules/notification-templates/samples"

export const validateNotificationTemplateStepId =
  "notifications-validate-notification-template-step"

export { SAMPLE_VARIABLES }

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
      const { text } = renderTemplate(
        { body: input.body },
        sampleVariables(kind.variables, templates.getStoreName())
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
