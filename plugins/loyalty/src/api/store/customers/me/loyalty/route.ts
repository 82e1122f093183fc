import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { StoreGetLoyaltyParamsType } from "./validators"
import { loyaltyView } from "./view"

/** GET /store/customers/me/loyalty — balance, tier, expiring points, history. */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, StoreGetLoyaltyParamsType>,
  res: MedusaResponse
) {
  const { offset, limit } = req.validatedQuery
  res.json(
    await loyaltyView(req.scope, req.auth_context.actor_id, {
      offset: Number(offset ?? 0),
      limit: Number(limit ?? 20),
    })
  )
}
