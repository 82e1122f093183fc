import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deliveryDetail } from "../../../views"

/** GET /admin/deliveries/:id — a delivery with order, driver, offers, history and rating. */
export async function GET(
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) {
  res.json({ delivery: await deliveryDetail(req.scope, req.params.id) })
}
