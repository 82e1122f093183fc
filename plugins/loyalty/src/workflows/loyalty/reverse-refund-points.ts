import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LoyaltyEvents } from "../../modules/loyalty/events"
import { buildRefundReversalsStep } from "./steps/build-refund-reversals"
import { postLoyaltyEntriesStep } from "./steps/post-loyalty-entries"
import { recomputeLoyaltyTierWorkflow } from "./recompute-loyalty-tier"
import { paymentFields, toPaymentForPoints } from "./types"

export const reverseRefundPointsWorkflowId = "loyalty-reverse-refund-points"

export type ReverseRefundPointsWorkflowInput = { payment_id: string }

/** Takes back points in proportion to each refund of a payment, once per refund. */
export const reverseRefundPointsWorkflow = createWorkflow(
  reverseRefundPointsWorkflowId,
  (input: ReverseRefundPointsWorkflowInput) => {
    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: paymentFields,
      filters: { id: input.payment_id },
      options: { throwIfKeyNotFound: true },
    })
    const payment = transform({ payments }, ({ payments }) =>
      toPaymentForPoints(payments[0])
    )
    const plan = buildRefundReversalsStep({ payment })
    const posted = postLoyaltyEntriesStep(plan)

    when({ posted }, ({ posted }) => posted.created.length > 0).then(() => {
      emitEventStep({
        eventName: LoyaltyEvents.POINTS_REVERSED,
        data: transform({ posted, payment }, ({ posted, payment }) => ({
          customer_id: posted.customer_id,
          order_id: payment.order_id,
          transaction_ids: posted.created.map((c) => c.id),
          points: posted.created.reduce((s, c) => s + c.points, 0),
        })),
      })
      recomputeLoyaltyTierWorkflow.runAsStep({
        input: transform({ posted }, ({ posted }) => ({
          customer_id: posted.customer_id,
        })),
      })
    })
    return new WorkflowResponse(posted)
  }
)
