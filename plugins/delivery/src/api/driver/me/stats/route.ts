import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { driverIdOf } from "../../../utils"
import { service } from "../../../views"

/** GET /driver/me/stats — deliveries, completion, on-time and acceptance rates, rating. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ stats: await service(req.scope).driverStats(driverIdOf(req)) })
}
