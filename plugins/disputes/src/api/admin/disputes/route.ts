import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminGetDisputesParamsType } from "./validators"

const HOUR_MS = 60 * 60 * 1000

/** `GET /admin/disputes`: filter by status, reason, order, customer, age, overdue. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetDisputesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { min_age_hours, max_age_hours, overdue, ...filters } =
    req.filterableFields as Record<string, any>
  const now = Date.now()
  const created: Record<string, Date> = {}
  if (min_age_hours !== undefined) {
    created.$lte = new Date(now - Number(min_age_hours) * HOUR_MS)
  }
  if (max_age_hours !== undefined) {
    created.$gte = new Date(now - Number(max_age_hours) * HOUR_MS)
  }
  if (Object.keys(created).length) {
    filters.created_at = created
  }
  if (overdue !== undefined) {
    filters.overdue_flagged_at = overdue ? { $ne: null } : null
  }
  const { data: disputes, metadata } = await query.graph({
    entity: "dispute",
    fields: req.queryConfig.fields,
    filters,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    disputes,
    count: metadata?.count ?? disputes.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? disputes.length,
  })
}
