import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateReportedMessageStep } from "./steps/validate-reported-message"
import { upsertNotificationDeliveryStatusStep } from "./steps/upsert-notification-delivery-status"
import type { NotificationDeliveryStatusReport } from "../../types/delivery-status"

export const recordDeliveryStatusWorkflowId =
  "notifications-record-delivery-status"

/**
 * Records a delivery status a provider plugin reported
 * (`notification.delivery_status_reported`) on the delivery record of the
 * notification it sent as `<provider>:<external_id>`. A final status is never
 * replaced by a late intermediate one; a repeated report changes nothing.
 */
export const recordDeliveryStatusWorkflow = createWorkflow(
  recordDeliveryStatusWorkflowId,
  (input: NotificationDeliveryStatusReport) => {
    const externalId = transform(
      { input },
      ({ input }) => `${input.provider}:${input.external_id}`
    )
    const { data: notifications } = useQueryGraphStep({
      entity: "notification",
      fields: ["id", "external_id"],
      filters: { external_id: externalId },
    })
    const validateInput = transform(
      { input, notifications, externalId },
      ({ input, notifications, externalId }) => {
        const found = notifications[0] as
          { id: string; external_id?: string | null } | undefined
        // A report that names its notification must be about that one.
        const notification =
          found &&
          (!input.notification_id || input.notification_id === found.id)
            ? found
            : input.notification_id
              ? { id: input.notification_id, external_id: null }
              : undefined
        return { notification, external_id: externalId }
      }
    )
    validateReportedMessageStep(validateInput)
    const upsertInput = transform(
      { input, notifications },
      ({ input, notifications }) => ({
        notification_id: (notifications[0] as { id: string }).id,
        route: input.provider,
        external_id: input.external_id,
        status: input.status,
        status_at: input.status_at ? new Date(input.status_at) : null,
        sms_count: input.sms_count ?? null,
      })
    )
    upsertNotificationDeliveryStatusStep(upsertInput)
    const { data } = useQueryGraphStep({
      entity: "notification_delivery",
      fields: [
        "id",
        "notification_id",
        "route",
        "external_id",
        "status",
        "status_at",
        "sms_count",
      ],
      filters: { notification_id: upsertInput.notification_id },
    }).config({ name: "refetch-notification-delivery" })
    return new WorkflowResponse(transform({ data }, ({ data }) => data[0]))
  }
)
