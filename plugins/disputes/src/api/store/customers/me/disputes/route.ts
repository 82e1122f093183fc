import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { DISPUTES_MODULE } from "../../../../../modules/disputes"
import type DisputesModuleService from "../../../../../modules/disputes/service"
import type { DisputeStatus } from "../../../../../modules/disputes/types"
import type { StoreGetDisputesParamsType } from "../../../disputes/validators"

/**
 * `GET /store/customers/me/disputes`: the customer's disputes, newest first.
 * One flat query of the disputes module (issue #17): Query's planning and
 * MikroORM's mapping cost more than the read itself here.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreGetDisputesParamsType>,
  res: MedusaResponse
) => {
  const service = req.scope.resolve<DisputesModuleService>(DISPUTES_MODULE)
  const filters = req.filterableFields as {
    status?: DisputeStatus[]
    order_id?: string[]
  }
  const { skip = 0, take = 20, order } = req.queryConfig.pagination
  const { disputes, count } = await service.listCustomerDisputes(
    req.auth_context.actor_id,
    {
      select: req.queryConfig.fields,
      status: filters.status,
      order_id: filters.order_id,
      skip,
      take,
      order: order as Record<string, string> | undefined,
    }
  )
  res.json({ disputes, count, offset: skip, limit: take })
}
