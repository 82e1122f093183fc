import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../../modules/notification-templates/service"
import type { KnownNotificationKind } from "../../../../modules/notification-templates/types"
import type { AdminGetNotificationKindsParamsType } from "../validators"

/**
 * `GET /admin/notification-templates/kinds`: the kinds a merchant can
 * override, with their default texts and variables: the built-in order kinds
 * first, then every kind a plugin has requested (by name).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetNotificationKindsParamsType>,
  res: MedusaResponse
) => {
  const templates: NotificationTemplatesModuleService = req.scope.resolve(
    NOTIFICATION_TEMPLATES_MODULE
  )
  const { offset, limit } = req.validatedQuery
  const builtIn = templates.listBuiltInKinds()
  // The requested kinds fill the page after the built-in ones.
  const take = Math.max(0, offset + limit - Math.max(offset, builtIn.length))
  const [rows, requestedCount] = await templates.listAndCountNotificationKinds(
    {},
    {
      order: { kind: "ASC" },
      skip: Math.max(0, offset - builtIn.length),
      // `take: 0` would mean no limit: ask for one and drop it.
      take: Math.max(take, 1),
    }
  )
  const requested: KnownNotificationKind[] = rows.slice(0, take).map((row) => ({
    kind: row.kind,
    audience: row.audience === "admins" ? "admins" : "customer",
    built_in: false,
    variables: row.variables.map(String),
    templates: row.templates as KnownNotificationKind["templates"],
  }))
  const notification_kinds = [
    ...builtIn.slice(offset, offset + limit),
    ...requested,
  ].slice(0, limit)
  res.json({
    notification_kinds,
    count: builtIn.length + requestedCount,
    offset,
    limit,
  })
}
