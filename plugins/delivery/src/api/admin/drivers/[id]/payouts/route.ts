import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createDriverPayoutWorkflow } from "../../../../../workflows/earnings/create-driver-payout"

/** POST /admin/drivers/:id/payouts — a payout of everything unpaid. */
export async function POST(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  const { result } = await createDriverPayoutWorkflow(req.scope).run({
    input: { driver_id: req.params.id },
  })
  res.status(201).json({ payout: { ...result, amount: Number(result.amount) } })
}
