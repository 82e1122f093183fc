import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { markDriverPayoutPaidWorkflow } from "../../../../../../../workflows/earnings/mark-driver-payout-paid"
import type { AdminMarkPayoutPaidType } from "../../../../validators"

/** POST /admin/drivers/:id/payouts/:payout_id/paid — records the payment. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminMarkPayoutPaidType>,
  res: MedusaResponse
) {
  const { result } = await markDriverPayoutPaidWorkflow(req.scope).run({
    input: {
      driver_id: req.params.id,
      payout_id: req.params.payout_id,
      user_id: req.auth_context.actor_id,
      reference: req.validatedBody.reference ?? null,
    },
  })
  res.json({ payout: { ...result, amount: Number(result.amount) } })
}
