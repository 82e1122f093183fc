import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  SelectNotificationsToRetryInput,
  selectNotificationsToRetryStep,
} from "./steps/select-notifications-to-retry"
import { sendNotificationsStep } from "./steps/send-notifications"
import { recordNotificationDeliveriesStep } from "./steps/record-notification-deliveries"

export const retryFailedNotificationsWorkflowId =
  "notifications-retry-failed-notifications"

/** Retries failed SMS and e-mail notifications that are due, with exponential backoff and a bounded number of tries. */
export const retryFailedNotificationsWorkflow = createWorkflow(
  retryFailedNotificationsWorkflowId,
  (input: SelectNotificationsToRetryInput) => {
    const selection = selectNotificationsToRetryStep(input)
    const retries = transform(
      { selection },
      ({ selection }) => selection.retries
    )
    const sent = sendNotificationsStep(retries)
    recordNotificationDeliveriesStep(sent)
    const summary = transform({ selection, sent }, ({ selection, sent }) => ({
      retried: sent.length,
      delivered: sent.filter((n) => n.status === "success").length,
      exhausted: selection.exhausted,
      waiting: selection.waiting,
    }))
    return new WorkflowResponse(summary)
  }
)
