import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { sendCustomerNotificationsWorkflow } from "../notifications/send-customer-notifications"
import { buildAlertNotificationStep } from "./steps/build-alert-notification"
import { markAlertNotifiedStep } from "./steps/mark-alert-notified"

export const sendWishlistAlertWorkflowId = "wishlist-send-alert"

/**
 * Sends one alert through the notifications module (SMS and e-mail per the
 * customer's preferences, in their language). Idempotent: the notification
 * keys are `wishlist-price-drop:<alert id>:<channel>`.
 */
export const sendWishlistAlertWorkflow = createWorkflow(
  sendWishlistAlertWorkflowId,
  (input: { alert_id: string }) => {
    const built = buildAlertNotificationStep(input)
    markAlertNotifiedStep(input)
    // Irreversible (messages go out): last.
    const sent = sendCustomerNotificationsWorkflow.runAsStep({
      input: built.notification,
    })
    return new WorkflowResponse(sent)
  }
)
