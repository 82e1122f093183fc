import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { changeCampaignStatusWorkflow } from "../../../../../workflows/campaigns/change-campaign-status"
import { campaignWithProgress } from "../../helpers"
import { CAMPAIGN_ACTIONS } from "../../validators"

/**
 * `POST /admin/notification-campaigns/:id/{start,pause,resume,cancel}`:
 * start builds the recipient list and lets the send job take it; pause holds
 * what is not yet claimed; resume continues; cancel stops for good.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const action = req.params.action as (typeof CAMPAIGN_ACTIONS)[number]
  if (!CAMPAIGN_ACTIONS.includes(action)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Unknown campaign action ${req.params.action}.`
    )
  }
  await changeCampaignStatusWorkflow(req.scope).run({
    input: { id: req.params.id, action },
  })
  res.json({ campaign: await campaignWithProgress(req.scope, req.params.id) })
}
