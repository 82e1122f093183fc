import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { finishScheduledNotificationsStep } from "./steps/finish-scheduled-notification"

export const finishScheduledNotificationsWorkflowId =
  "notifications-finish-scheduled-notifications"

/** Records the outcome of claimed scheduled notifications (`sent`, or `failed` with the error). */
export const finishScheduledNotificationsWorkflow = createWorkflow(
  finishScheduledNotificationsWorkflowId,
  (input: { id: string; error: string | null }[]) => {
    return new WorkflowResponse(finishScheduledNotificationsStep(input))
  }
)
