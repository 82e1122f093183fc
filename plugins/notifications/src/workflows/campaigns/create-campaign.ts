import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateCampaignAudienceStep } from "./steps/validate-campaign-audience"
import { createCampaignStep } from "./steps/create-campaign"
import type { CreateCampaignInput } from "./types"

export const createCampaignWorkflowId = "notifications-create-campaign"

/** Creates a draft marketing campaign (texts per channel and language, an audience). */
export const createCampaignWorkflow = createWorkflow(
  createCampaignWorkflowId,
  (input: CreateCampaignInput) => {
    validateCampaignAudienceStep(input)
    const campaign = createCampaignStep(input)
    return new WorkflowResponse(campaign)
  }
)
