import {
  cancelOrderWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markPaymePaymentCancelledStep } from "./steps/mark-payme-payment-cancelled"
import { transitionPaymeTransactionStep } from "./steps/transition-payme-transaction"
import { validatePaymeRefundableStep } from "./steps/validate-payme-refundable"

export type PaymeRefundTransactionWorkflowInput = {
  id: string
  payme_id: string
  order_id: string | null
  payment_id: string | null
  reason: number
  /** Epoch ms. */
  cancel_time: number
}

export const paymeRefundTransactionWorkflowId = "payme-refund-transaction"

/**
 * CancelTransaction of a performed transaction (spec §1.5, §6.4): while the
 * order has no fulfillment, cancels the order, which records the full refund
 * on the Medusa payment, and moves the transaction to state -2; otherwise
 * fails with -31007.
 */
export const paymeRefundTransactionWorkflow = createWorkflow(
  paymeRefundTransactionWorkflowId,
  (input: PaymeRefundTransactionWorkflowInput) => {
    validatePaymeRefundableStep({
      order_id: input.order_id,
      payment_id: input.payment_id,
    })
    const mark = transform({ input }, ({ input }) => ({
      payment_id: input.payment_id!,
      mark: {
        transaction: input.id,
        payme_id: input.payme_id,
        reason: input.reason,
      },
    }))
    markPaymePaymentCancelledStep(mark)
    // Payme has already returned the money: Medusa's cancelOrderWorkflow
    // records the full refund on the captured payment, releases the
    // reservations and cancels the payment collection.
    cancelOrderWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        order_id: input.order_id!,
      })),
    })
    const { data: refunds } = useQueryGraphStep({
      entity: "refund",
      fields: ["id", "created_at"],
      filters: { payment_id: input.payment_id },
    }).config({ name: "payme-order-refunds" })
    const refundId = transform({ refunds }, ({ refunds }) => {
      const latest = [...refunds].sort(
        (a, b) =>
          new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
      )[0]
      return (latest?.id as string | undefined) ?? null
    })
    const transition = transform(
      { input, refundId },
      ({ input, refundId }) => ({
        id: input.id,
        from: [2],
        state: -2,
        reason: input.reason,
        cancel_time: input.cancel_time,
        refund_id: refundId,
      })
    )
    const updated = transitionPaymeTransactionStep(transition)
    return new WorkflowResponse(updated)
  }
)
