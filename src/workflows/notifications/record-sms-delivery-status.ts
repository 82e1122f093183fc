import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { findNotificationByExternalIdStep } from "./steps/find-notification-by-external-id"
import { upsertNotificationDeliveryStatusStep } from "./steps/upsert-notification-delivery-status"

export const recordSmsDeliveryStatusWorkflowId =
  "notifications-record-sms-delivery-status"

export type RecordSmsDeliveryStatusInput = {
  /** Eskiz `request_id` (the id `send` returned). */
  request_id: string
  /** Eskiz part status, e.g. `DELIVRD`, `UNDELIV`. */
  status: string
  status_date?: string | null
  sms_count?: number | null
}

/** Records the delivery status Eskiz reports for a sent SMS on its notification's delivery record. */
export const recordSmsDeliveryStatusWorkflow = createWorkflow(
  recordSmsDeliveryStatusWorkflowId,
  (input: RecordSmsDeliveryStatusInput) => {
    const externalId = transform({ input }, ({ input }) => ({
      external_id: `eskiz:${input.request_id}`,
    }))
    const notification = findNotificationByExternalIdStep(externalId)
    const upsertInput = transform(
      { input, notification },
      ({ input, notification }) => ({
        notification_id: notification.id,
        route: "eskiz",
        external_id: input.request_id,
        status: input.status.toUpperCase(),
        // Eskiz reports Tashkent time (UTC+5) without a zone.
        status_at: input.status_date
          ? new Date(`${input.status_date.replace(" ", "T")}+05:00`)
          : null,
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
      filters: { notification_id: notification.id },
    }).config({ name: "refetch-notification-delivery" })
    return new WorkflowResponse(transform({ data }, ({ data }) => data[0]))
  }
)
