import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_SCHEDULING_MODULE } from "../../../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../../../modules/notification-scheduling/service"

export const claimDueNotificationsStepId =
  "notifications-claim-due-notifications-step"

/**
 * Claims the scheduled notifications due at `now`, in one conditional
 * UPDATE: with several workers each row goes to one of them. No
 * compensation: an unfinished claim is taken over after the lease.
 */
export const claimDueNotificationsStep = createStep(
  claimDueNotificationsStepId,
  async (input: { now: Date; limit: number }, { container }) => {
    const service: NotificationSchedulingModuleService = container.resolve(
      NOTIFICATION_SCHEDULING_MODULE
    )
    return new StepResponse(
      await service.claimDueScheduled(new Date(input.now), input.limit)
    )
  }
)
