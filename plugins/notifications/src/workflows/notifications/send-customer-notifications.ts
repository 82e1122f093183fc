import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  PrepareCustomerNotificationsInput,
  prepareCustomerNotificationsStep,
} from "./steps/prepare-customer-notifications"
import { sendNotificationsStep } from "./steps/send-notifications"
import { recordNotificationDeliveriesStep } from "./steps/record-notification-deliveries"

export const sendCustomerNotificationsWorkflowId =
  "notifications-send-customer-notifications"

/**
 * Renders and sends the messages of one event that is not an order event
 * (a wishlist alert, a review answer, a dispute decision…) to the customer,
 * or to the admins for an `admin_*` kind; once per idempotency key.
 */
export const sendCustomerNotificationsWorkflow = createWorkflow(
  sendCustomerNotificationsWorkflowId,
  (input: PrepareCustomerNotificationsInput) => {
    const prepared = prepareCustomerNotificationsStep(input)
    const notifications = sendNotificationsStep(prepared)
    recordNotificationDeliveriesStep(notifications)
    return new WorkflowResponse(notifications)
  }
)
