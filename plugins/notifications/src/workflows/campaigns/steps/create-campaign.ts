import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import type { CreateCampaignInput } from "../types"

export const createCampaignStepId = "notifications-create-campaign-step"

/** Creates the campaign as a draft; compensation deletes it. */
export const createCampaignStep = createStep(
  createCampaignStepId,
  async (input: CreateCampaignInput, { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    const campaign = await service.createNotificationCampaigns({
      name: input.name,
      audience: input.audience,
      customer_group_id:
        input.audience === "customer_group"
          ? (input.customer_group_id ?? null)
          : null,
      channels: input.channels,
      messages: input.messages,
      created_by: input.created_by ?? null,
      status: "draft",
    })
    return new StepResponse(campaign, campaign.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    await service.deleteNotificationCampaigns(id)
  }
)
