import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"

export const updateCampaignStatusStepId =
  "notifications-update-campaign-status-step"

type Update = {
  id: string
  status: "running" | "paused" | "canceled"
  started_at?: Date
  recipients_total?: number
}

/** Sets the campaign's status (and start data); compensation restores the previous values. */
export const updateCampaignStatusStep = createStep(
  updateCampaignStatusStepId,
  async (input: Update, { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    const [before] = await service.listNotificationCampaigns({ id: input.id })
    const updated = await service.updateNotificationCampaigns(input)
    return new StepResponse(updated, {
      id: before.id,
      status: before.status,
      started_at: before.started_at,
      recipients_total: before.recipients_total,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    await service.updateNotificationCampaigns(previous)
  }
)
