import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { countSmsSegments } from "@bozor/uz-utils"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../../modules/notification-templates/service"
import {
  renderTemplate,
  unknownPlaceholders,
} from "../../../../modules/notification-templates/render"
import { sampleVariables } from "../../../../modules/notification-templates/samples"
import type { AdminPreviewNotificationTemplateType } from "../validators"

/**
 * `POST /admin/notification-templates/preview`: renders a draft template with
 * the sample values the save check uses (and the store's name), with the SMS
 * segment count. Nothing is stored.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminPreviewNotificationTemplateType>,
  res: MedusaResponse
) => {
  const templates: NotificationTemplatesModuleService = req.scope.resolve(
    NOTIFICATION_TEMPLATES_MODULE
  )
  const { event, channel, locale, subject, body, html } = req.validatedBody
  const kind = await templates.retrieveKnownKind(event)
  if (!kind) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown notification kind ${event}.`
    )
  }
  if (!kind.templates[channel]) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The ${event} notification is not sent by ${channel}.`
    )
  }
  const variables = sampleVariables(kind.variables, templates.getStoreName())
  const isEmail = channel === "email"
  const rendered = renderTemplate(
    {
      body,
      // An empty subject still renders an e-mail (its HTML part) while typing.
      subject: isEmail ? subject || " " : null,
      html: isEmail ? html : null,
    },
    variables
  )
  const unknown = [body, subject ?? "", html ?? ""].flatMap((text) =>
    unknownPlaceholders(text, kind.variables)
  )
  res.json({
    preview: {
      event,
      channel,
      locale,
      subject: isEmail ? (rendered.subject ?? "").trim() : null,
      text: rendered.text,
      html: isEmail ? (rendered.html ?? null) : null,
      segments: isEmail ? null : countSmsSegments(rendered.text),
      unknown_variables: [...new Set(unknown)],
      variables,
    },
  })
}
