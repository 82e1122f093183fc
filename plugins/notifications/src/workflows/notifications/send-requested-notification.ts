import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { prepareCustomerNotificationsStep } from "./steps/prepare-customer-notifications"
import { sendNotificationsStep } from "./steps/send-notifications"
import { recordNotificationDeliveriesStep } from "./steps/record-notification-deliveries"
import { upsertNotificationKindStep } from "./steps/upsert-notification-kind"
import type { NotificationRequest } from "../../types/notification-request"

export const sendRequestedNotificationWorkflowId =
  "notifications-send-requested-notification"

/**
 * Handles one `notification.requested`: records the kind with its default
 * texts and variables (what a merchant may override), then renders (override
 * if any, else the requested default), respects the customer's preferences,
 * sends and records, once per `<kind>:<source_id>:<channel>`.
 */
export const sendRequestedNotificationWorkflow = createWorkflow(
  sendRequestedNotificationWorkflowId,
  (input: NotificationRequest) => {
    const kind = transform({ input }, ({ input }) => ({
      kind: input.kind,
      audience: input.audience,
      event_name: input.event_name,
      templates: input.templates,
      // What a template of this kind can be filled with.
      variables: [
        ...new Set([
          "customer_name",
          "store_name",
          ...Object.keys(input.variables ?? {}),
          ...Object.keys(input.money ?? {}),
          ...Object.keys(input.localized ?? {}),
        ]),
      ],
    }))
    upsertNotificationKindStep(kind)
    const prepared = prepareCustomerNotificationsStep(input)
    const notifications = sendNotificationsStep(prepared)
    recordNotificationDeliveriesStep(notifications)
    return new WorkflowResponse(notifications)
  }
)
