import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  sendNotificationsStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { createDriverReviewStep } from "./steps/create-driver-review"
import { driverOptionsStep } from "./steps/driver-options"
import { updateDriverStep } from "./steps/update-driver"
import { validateDriverStatusStep } from "./steps/validate-driver-status"

export const reviewDriverWorkflowId = "delivery-review-driver"

export type ReviewDriverWorkflowInput = {
  driver_id: string
  decision: "approve" | "reject"
  reason?: string | null
  user_id: string
}

/**
 * The delivery manager's decision on a driver under review: approved or
 * rejected (with a reason), recorded in the driver's history; the driver is
 * told through Medusa's Notification Module (template `driver_approved` /
 * `driver_rejected`, channel `driverNotificationChannel`).
 */
export const reviewDriverWorkflow = createWorkflow(
  reviewDriverWorkflowId,
  (input: ReviewDriverWorkflowInput) => {
    const { data: drivers } = useQueryGraphStep({
      entity: "driver",
      fields: ["id", "status", "email", "first_name"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    const driver = transform({ drivers }, ({ drivers }) => drivers[0] as any)
    validateDriverStatusStep({
      driver,
      allowed: ["under_review"],
      action: "be reviewed",
    })
    const to = transform({ input }, ({ input }) =>
      input.decision === "approve" ? "approved" : "rejected"
    )
    const updated = updateDriverStep(
      transform({ input, to }, ({ input, to }) => ({
        id: input.driver_id,
        status: to,
        review_reason: input.reason ?? null,
        reviewed_at: new Date(),
      }))
    )
    const review = createDriverReviewStep(
      transform({ input, to }, ({ input, to }) => ({
        driver_id: input.driver_id,
        from_status: "under_review",
        to_status: to,
        reason: input.reason ?? null,
        actor_type: "user" as const,
        actor_id: input.user_id,
      }))
    )
    emitEventStep({
      eventName: DeliveryEvents.DRIVER_REVIEWED,
      data: transform({ input, to }, ({ input, to }) => ({
        id: input.driver_id,
        status: to,
      })),
    })
    const options = driverOptionsStep()
    // Irreversible (a message sent): last.
    sendNotificationsStep(
      transform(
        { driver, to, review, input, options },
        ({ driver, to, review, input, options }) => [
          {
            to: driver.email,
            channel: options.driverNotificationChannel,
            template: `driver_${to}`,
            data: {
              first_name: driver.first_name,
              status: to,
              reason: input.reason ?? null,
            },
            trigger_type: DeliveryEvents.DRIVER_REVIEWED,
            resource_type: "driver",
            resource_id: driver.id,
            idempotency_key: `driver-review:${review.id}:${options.driverNotificationChannel}`,
          },
        ]
      )
    )
    return new WorkflowResponse(updated)
  }
)
