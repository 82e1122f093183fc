import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { NOTIFICATION_REQUESTED_EVENT } from "../../notifications/types"
import { buildAlertNotificationStep } from "./steps/build-alert-notification"
import { markAlertNotifiedStep } from "./steps/mark-alert-notified"

export const sendWishlistAlertWorkflowId = "wishlist-send-alert"

/**
 * Asks for one alert to be sent (`notification.requested`: SMS and e-mail
 * per the customer's preferences, in their language, by the notifications
 * plugin) and stamps it `notified_at`. Idempotent: the notification keys are
 * `wishlist-price-drop:<alert id>:<channel>`.
 */
export const sendWishlistAlertWorkflow = createWorkflow(
  sendWishlistAlertWorkflowId,
  (input: { alert_id: string }) => {
    const built = buildAlertNotificationStep(input)
    markAlertNotifiedStep(input)
    // Released only when the workflow succeeds.
    emitEventStep({
      eventName: NOTIFICATION_REQUESTED_EVENT,
      data: built.notification,
    })
    return new WorkflowResponse(built.notification)
  }
)
