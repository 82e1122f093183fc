import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import type { RecipientResult } from "../../../modules/notification-scheduling/types"

export const recordCampaignResultsStepId =
  "notifications-record-campaign-results-step"

/** Records each recipient's outcome and completes campaigns with nothing left to send. Runs after the sends. */
export const recordCampaignResultsStep = createStep(
  recordCampaignResultsStepId,
  async (
    input: { results: RecipientResult[]; campaign_ids: string[] },
    { container }
  ) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    await service.recordRecipientResults(input.results)
    const completed = await service.completeFinishedCampaigns(
      input.campaign_ids
    )
    return new StepResponse(completed)
  }
)
