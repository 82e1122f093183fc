import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  NOTIFICATION_DELIVERY_STATUS_REPORTED,
  type NotificationDeliveryStatusReported,
} from "../../modules/eskiz/events"
import { validateEskizCallbackMessageStep } from "./steps/validate-eskiz-callback-message"

export const reportEskizDeliveryStatusWorkflowId =
  "eskiz-report-delivery-status"

export type ReportEskizDeliveryStatusInput = {
  /** The notification the callback URL was issued for (authenticated by its token). */
  notification_id: string
  /** Eskiz `request_id`; must be the one that notification was sent as. */
  request_id: string
  /** Eskiz part status, e.g. `DELIVRD`, `UNDELIV`. */
  status: string
  /** `YYYY-MM-DD HH:mm:ss`, Tashkent time. */
  status_date?: string | null
  sms_count?: number | null
}

/**
 * Reports the delivery status Eskiz sent for an SMS this provider delivered:
 * checks the message is that notification's, then emits
 * `notification.delivery_status_reported` for whoever records it.
 */
export const reportEskizDeliveryStatusWorkflow = createWorkflow(
  reportEskizDeliveryStatusWorkflowId,
  (input: ReportEskizDeliveryStatusInput) => {
    const { data: notifications } = useQueryGraphStep({
      entity: "notification",
      fields: ["id", "provider_id", "external_id"],
      filters: { id: input.notification_id },
    })
    const validateInput = transform(
      { input, notifications },
      ({ input, notifications }) => ({
        notification: notifications[0] as
          | {
              id: string
              provider_id?: string | null
              external_id?: string | null
            }
          | undefined,
        external_id: `eskiz:${input.request_id}`,
      })
    )
    validateEskizCallbackMessageStep(validateInput)
    const reported = transform(
      { input },
      ({ input }): NotificationDeliveryStatusReported => ({
        provider: "eskiz",
        notification_id: input.notification_id,
        external_id: input.request_id,
        status: input.status.toUpperCase(),
        // Eskiz reports Tashkent time (UTC+5) without a zone.
        status_at: input.status_date
          ? new Date(
              `${input.status_date.replace(" ", "T")}+05:00`
            ).toISOString()
          : null,
        sms_count: input.sms_count ?? null,
      })
    )
    emitEventStep({
      eventName: NOTIFICATION_DELIVERY_STATUS_REPORTED,
      data: reported,
    })
    return new WorkflowResponse(reported)
  }
)
