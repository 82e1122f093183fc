import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_INBOX_MODULE } from "../../../modules/notification-inbox"
import type NotificationInboxModuleService from "../../../modules/notification-inbox/service"

export const markAllNotificationsReadStepId =
  "notifications-mark-all-notifications-read-step"

type Undo = { customer_id: string; previous: Date | null }

/** Moves the customer's `read_all_before` to `before`; compensation restores the previous value. */
export const markAllNotificationsReadStep = createStep(
  markAllNotificationsReadStepId,
  async (input: { customer_id: string; before: Date }, { container }) => {
    const service: NotificationInboxModuleService = container.resolve(
      NOTIFICATION_INBOX_MODULE
    )
    const [state] = await service.listNotificationInboxStates({
      customer_id: input.customer_id,
    })
    await service.markAllRead(input.customer_id, input.before)
    const undo: Undo = {
      customer_id: input.customer_id,
      previous: state?.read_all_before ?? null,
    }
    return new StepResponse(input.before, undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: NotificationInboxModuleService = container.resolve(
      NOTIFICATION_INBOX_MODULE
    )
    const [state] = await service.listNotificationInboxStates({
      customer_id: undo.customer_id,
    })
    if (!state) {
      return
    }
    if (undo.previous) {
      await service.updateNotificationInboxStates({
        id: state.id,
        read_all_before: undo.previous,
      })
    } else {
      await service.deleteNotificationInboxStates(state.id)
    }
  }
)
