import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import type { CampaignAction } from "../types"

export const validateCampaignTransitionStepId =
  "notifications-validate-campaign-transition-step"

/** Which status each action leaves from, and where it goes. */
export const CAMPAIGN_TRANSITIONS: Record<
  CampaignAction,
  { from: string[]; to: "running" | "paused" | "canceled" }
> = {
  start: { from: ["draft"], to: "running" },
  pause: { from: ["running"], to: "paused" },
  resume: { from: ["paused"], to: "running" },
  cancel: { from: ["draft", "running", "paused"], to: "canceled" },
}

/** The action must fit the campaign's status (a 400 otherwise; 404 for an unknown campaign). */
export const validateCampaignTransitionStep = createStep(
  validateCampaignTransitionStepId,
  async (input: { id: string; action: CampaignAction }, { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    const [campaign] = await service.listNotificationCampaigns({ id: input.id })
    if (!campaign) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Campaign with id ${input.id} was not found.`
      )
    }
    const rule = CAMPAIGN_TRANSITIONS[input.action]
    if (!rule.from.includes(campaign.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Campaign ${input.id} is ${campaign.status}: it cannot ${input.action}.`
      )
    }
    return new StepResponse(campaign)
  }
)
