import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  CAMPAIGN_TRANSITIONS,
  validateCampaignTransitionStep,
} from "./steps/validate-campaign-transition"
import { addCampaignRecipientsStep } from "./steps/add-campaign-recipients"
import { updateCampaignStatusStep } from "./steps/update-campaign-status"
import type { CampaignAction } from "./types"

export const changeCampaignStatusWorkflowId =
  "notifications-change-campaign-status"

/**
 * Starts (builds the recipient list, then `running`), pauses, resumes or
 * cancels a campaign. The send job only takes recipients of running
 * campaigns, so a pause holds everything not yet claimed.
 */
export const changeCampaignStatusWorkflow = createWorkflow(
  changeCampaignStatusWorkflowId,
  (input: { id: string; action: CampaignAction }) => {
    const campaign = validateCampaignTransitionStep(input)
    const total = when({ input }, ({ input }) => input.action === "start").then(
      () => addCampaignRecipientsStep(campaign)
    )
    const update = transform({ input, total }, ({ input, total }) => ({
      id: input.id,
      status: CAMPAIGN_TRANSITIONS[input.action].to,
      ...(input.action === "start"
        ? { started_at: new Date(), recipients_total: total ?? 0 }
        : {}),
    }))
    const updated = updateCampaignStatusStep(update)
    return new WorkflowResponse(updated)
  }
)
