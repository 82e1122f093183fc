import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  PrepareOrderNotificationsInput,
  prepareOrderNotificationsStep,
} from "./steps/prepare-order-notifications"
import { sendNotificationsStep } from "./steps/send-notifications"
import { recordNotificationDeliveriesStep } from "./steps/record-notification-deliveries"

export const sendOrderNotificationsWorkflowId =
  "notifications-send-order-notifications"

/** Renders and sends the customer (and admin) notifications of one order event, once per idempotency key. */
export const sendOrderNotificationsWorkflow = createWorkflow(
  sendOrderNotificationsWorkflowId,
  (input: PrepareOrderNotificationsInput) => {
    const prepared = prepareOrderNotificationsStep(input)
    const notifications = sendNotificationsStep(prepared)
    recordNotificationDeliveriesStep(notifications)
    return new WorkflowResponse(notifications)
  }
)
