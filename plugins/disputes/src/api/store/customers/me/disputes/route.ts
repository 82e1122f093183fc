import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreGetDisputesParamsType } from "../../../disputes/validators"

/** `GET /store/customers/me/disputes`: the customer's disputes, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetDisputesParamsType>,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: disputes, metadata } = await query.graph({
    entity: "dispute",
    fields: req.queryConfig.fields,
    filters: {
      ...(req.filterableFields as Record<string, unknown>),
      customer_id: req.auth_context.actor_id,
    },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    disputes,
    count: metadata?.count ?? disputes.length,
    offset: metadata?.skip ?? 0,
    limit: metadata?.take ?? disputes.length,
  })
}
