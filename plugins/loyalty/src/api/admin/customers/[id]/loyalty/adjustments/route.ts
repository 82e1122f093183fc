import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { generateEntityId } from "@medusajs/framework/utils"
import { adjustLoyaltyPointsWorkflow } from "../../../../../../workflows/loyalty/adjust-loyalty-points"
import { loyaltyView } from "../../../../../store/customers/me/loyalty/view"
import type { AdminCreateLoyaltyAdjustmentType } from "../validators"

/** POST /admin/customers/:id/loyalty/adjustments — a manual credit or debit. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminCreateLoyaltyAdjustmentType>,
  res: MedusaResponse
) {
  const { points, reason, idempotency_key } = req.validatedBody
  const { result } = await adjustLoyaltyPointsWorkflow(req.scope).run({
    input: {
      customer_id: req.params.id,
      points,
      reason,
      idempotency_key: idempotency_key ?? generateEntityId(undefined, "ladj"),
      created_by: req.auth_context.actor_id,
    },
  })
  const view = await loyaltyView(req.scope, req.params.id, {
    offset: 0,
    limit: 1,
  })
  res.json({
    transaction_id: result.created[0]?.id ?? result.duplicates[0] ?? null,
    duplicate: result.created.length === 0,
    loyalty: view.loyalty,
  })
}
