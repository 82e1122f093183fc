import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { LoyaltyEvents } from "../../modules/loyalty/events"
import { expiryNoticeRequest } from "../../notifications/expiry-notice"
import { NOTIFICATION_REQUESTED } from "../../notifications/types"
import { claimExpiryNoticeStep } from "./steps/claim-expiry-notice"
import { expireDuePointsStep } from "./steps/expire-due-points"

export const expireLoyaltyPointsWorkflowId = "loyalty-expire-points"

export type ExpireLoyaltyPointsWorkflowInput = {
  customer_id: string
  at: Date
  /** Identifies the job run (one expiry entry per customer and run). */
  run_key: string
}

/**
 * Expires a customer's points that are due (oldest first) and emits a notice
 * once per coming expiry date, `expiryNoticeDays` ahead: the
 * `loyalty.points_expiring` event and a `notification.requested` for the
 * customer's message.
 */
export const expireLoyaltyPointsWorkflow = createWorkflow(
  expireLoyaltyPointsWorkflowId,
  (input: ExpireLoyaltyPointsWorkflowInput) => {
    const posted = expireDuePointsStep(input)
    when({ posted }, ({ posted }) => posted.created.length > 0).then(() => {
      emitEventStep({
        eventName: LoyaltyEvents.POINTS_EXPIRED,
        data: transform({ posted }, ({ posted }) => ({
          customer_id: posted.customer_id,
          transaction_id: posted.created[0].id,
          points: posted.created[0].points,
        })),
      }).config({ name: "emit-points-expired" })
    })
    const notice = claimExpiryNoticeStep(input)
    when({ notice }, ({ notice }) => !!notice).then(() => {
      emitEventStep({
        eventName: LoyaltyEvents.POINTS_EXPIRING,
        data: transform({ notice, input }, ({ notice, input }) => ({
          customer_id: input.customer_id,
          points: notice!.points,
          expires_at: notice!.expires_at,
        })),
      }).config({ name: "emit-points-expiring" })
      // The customer's SMS and e-mail, sent by the notifications plugin.
      emitEventStep({
        eventName: NOTIFICATION_REQUESTED,
        data: transform({ notice, input }, ({ notice, input }) =>
          expiryNoticeRequest({
            customer_id: input.customer_id,
            points: notice!.points,
            expires_at: notice!.expires_at,
          })
        ),
      }).config({ name: "emit-points-expiring-notification" })
    })
    return new WorkflowResponse({ posted, notice })
  }
)
