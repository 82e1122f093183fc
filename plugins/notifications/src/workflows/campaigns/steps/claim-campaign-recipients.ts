import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"
import { isQuietTime } from "../../../utils/quiet-hours"

export const claimCampaignRecipientsStepId =
  "notifications-claim-campaign-recipients-step"

/**
 * Claims the next recipients of running campaigns, leaving out the channels
 * in their quiet hours at `now` (they wait, `pending`, until the hours end).
 * One conditional UPDATE: concurrent runs never take the same recipient.
 * Compensation puts the claimed ones back (the claim of one that was sent
 * is harmless: its idempotency key stops a second message).
 */
export const claimCampaignRecipientsStep = createStep(
  claimCampaignRecipientsStepId,
  async (input: { now: Date; limit?: number }, { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    const policy = service.getCampaignPolicy()
    const now = new Date(input.now)
    const quiet = isQuietTime(now, policy.quietHours)
      ? policy.quietHours.channels
      : []
    const claimed = await service.claimCampaignRecipients({
      now,
      limit: input.limit ?? policy.batchSize,
      excludeChannels: quiet,
    })
    return new StepResponse(
      { claimed, quiet_channels: quiet },
      claimed.map((c) => c.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    await service.releaseRecipients(ids)
  }
)
