import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loyaltyView } from "../../../../store/customers/me/loyalty/view"
import type { AdminGetCustomerLoyaltyParamsType } from "./validators"

/** GET /admin/customers/:id/loyalty — the customer's account and ledger. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminGetCustomerLoyaltyParamsType>,
  res: MedusaResponse
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  await query.graph(
    { entity: "customer", fields: ["id"], filters: { id: req.params.id } },
    { throwIfKeyNotFound: true }
  )
  const { offset, limit } = req.validatedQuery
  res.json(
    await loyaltyView(req.scope, req.params.id, {
      offset: Number(offset ?? 0),
      limit: Number(limit ?? 20),
    })
  )
}
