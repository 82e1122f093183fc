import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { createCampaignWorkflow } from "../../../workflows/campaigns/create-campaign"
import { changeCampaignStatusWorkflow } from "../../../workflows/campaigns/change-campaign-status"
import { campaignsWithProgress, campaignWithProgress } from "./helpers"
import type {
  AdminCreateCampaignType,
  AdminListCampaignsType,
} from "./validators"

/** `GET /admin/notification-campaigns`: campaigns, newest first, each with its progress. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListCampaignsType>,
  res: MedusaResponse
) => {
  const { offset, limit, status } = req.validatedQuery
  const { campaigns, count } = await campaignsWithProgress(
    req.scope,
    status ? { status } : {},
    { offset, limit }
  )
  res.json({ campaigns, count, offset, limit })
}

/** `POST /admin/notification-campaigns`: creates a campaign (a draft, or started with `start: true`). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCampaignType>,
  res: MedusaResponse
) => {
  const { start, ...body } = req.validatedBody
  const { result } = await createCampaignWorkflow(req.scope).run({
    input: { ...body, created_by: req.auth_context.actor_id },
  })
  if (start) {
    await changeCampaignStatusWorkflow(req.scope).run({
      input: { id: result.id, action: "start" },
    })
  }
  res.json({ campaign: await campaignWithProgress(req.scope, result.id) })
}
