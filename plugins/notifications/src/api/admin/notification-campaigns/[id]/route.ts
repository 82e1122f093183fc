import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { campaignWithProgress } from "../helpers"

/** `GET /admin/notification-campaigns/:id`: the campaign with its progress. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ campaign: await campaignWithProgress(req.scope, req.params.id) })
}
