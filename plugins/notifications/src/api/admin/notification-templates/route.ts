import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { upsertNotificationTemplateWorkflow } from "../../../workflows/notifications/upsert-notification-template"
import type {
  AdminGetNotificationTemplatesParamsType,
  AdminUpsertNotificationTemplateType,
} from "./validators"

/** `GET /admin/notification-templates`: the merchant's overrides (built-in templates apply where none exists). */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetNotificationTemplatesParamsType
  >,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "notification_template",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    notification_templates: data,
    count: metadata?.count ?? data.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? data.length,
  })
}

/** `POST /admin/notification-templates`: creates or replaces an override. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpsertNotificationTemplateType>,
  res: MedusaResponse
) => {
  const { result } = await upsertNotificationTemplateWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ notification_template: result })
}
