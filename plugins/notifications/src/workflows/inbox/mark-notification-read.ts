import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateInboxNotificationStep } from "./steps/validate-inbox-notification"
import { markNotificationsReadStep } from "./steps/mark-notifications-read"

export const markNotificationReadWorkflowId = "notifications-mark-read"

/** Marks one message of the customer's own inbox read (404 for anyone else's). */
export const markNotificationReadWorkflow = createWorkflow(
  markNotificationReadWorkflowId,
  (input: { id: string; customer_id: string }) => {
    const notification = validateInboxNotificationStep(input)
    const marked = markNotificationsReadStep(
      transform({ input, notification }, ({ input, notification }) => ({
        customer_id: input.customer_id,
        notifications: [notification],
      }))
    )
    return new WorkflowResponse(marked)
  }
)
