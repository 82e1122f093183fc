import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateSmsCallbackMessageStep } from "./steps/validate-sms-callback-message"
import { upsertNotificationDeliveryStatusStep } from "./steps/upsert-notification-delivery-status"

export const recordSmsDeliveryStatusWorkflowId =
  "notifications-record-sms-delivery-status"

export type RecordSmsDeliveryStatusInput = {
  /** The notification the callback URL was issued for (authenticated by its token). */
  notification_id: string
  /** Eskiz `request_id` (the id `send` returned); must be that notification's. */
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
    const { data: notifications } = useQueryGraphStep({
      entity: "notification",
      fields: ["id", "external_id"],
      filters: { id: input.notification_id },
    })
    const validateInput = transform(
      { input, notifications },
      ({ input, notifications }) => ({
        notification: notifications[0] as
          { id: string; external_id?: string | null } | undefined,
        external_id: `eskiz:${input.request_id}`,
      })
    )
    validateSmsCallbackMessageStep(validateInput)
    const upsertInput = transform({ input }, ({ input }) => ({
      notification_id: input.notification_id,
      route: "eskiz",
      external_id: input.request_id,
      status: input.status.toUpperCase(),
      // Eskiz reports Tashkent time (UTC+5) without a zone.
      status_at: input.status_date
        ? new Date(`${input.status_date.replace(" ", "T")}+05:00`)
        : null,
      sms_count: input.sms_count ?? null,
    }))
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
      filters: { notification_id: input.notification_id },
    }).config({ name: "refetch-notification-delivery" })
    return new WorkflowResponse(transform({ data }, ({ data }) => data[0]))
  }
)
