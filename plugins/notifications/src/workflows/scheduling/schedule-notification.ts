import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { NotificationRequest } from "../../types/notification-request"
import { scheduleNotificationStep } from "./steps/schedule-notification"

export const scheduleNotificationWorkflowId =
  "notifications-schedule-notification"

/** Keeps a `notification.requested` with a future `send_at` for the scheduled-notifications job. */
export const scheduleNotificationWorkflow = createWorkflow(
  scheduleNotificationWorkflowId,
  (input: NotificationRequest) => {
    const id = scheduleNotificationStep(input)
    return new WorkflowResponse(id)
  }
)
