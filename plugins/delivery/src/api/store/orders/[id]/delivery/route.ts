import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { trackingView } from "../../../../views"

/**
 * GET /store/orders/:id/delivery — the signed-in customer's order's
 * delivery: status, driver's first name, vehicle, last location and ETA.
 */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({
    delivery: await trackingView(
      req.scope,
      req.params.id,
      req.auth_context.actor_id
    ),
  })
}
