import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { driverIdOf } from "../../../utils"
import { earningsView } from "../../../views"

/** GET /driver/me/earnings — the driver's ledger and payouts. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ earnings: await earningsView(req.scope, driverIdOf(req)) })
}
