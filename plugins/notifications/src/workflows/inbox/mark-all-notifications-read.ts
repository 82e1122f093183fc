import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markAllNotificationsReadStep } from "./steps/mark-all-notifications-read"

export const markAllNotificationsReadWorkflowId = "notifications-mark-all-read"

/** Marks everything in the customer's inbox up to `before` read. */
export const markAllNotificationsReadWorkflow = createWorkflow(
  markAllNotificationsReadWorkflowId,
  (input: { customer_id: string; before: Date }) => {
    const before = markAllNotificationsReadStep(input)
    return new WorkflowResponse(before)
  }
)
