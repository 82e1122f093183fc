import {
  completeCartWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { markPaymeSessionPerformedStep } from "./steps/mark-payme-session-performed"
import { transitionPaymeTransactionStep } from "./steps/transition-payme-transaction"

export type PaymeCompletePaymentWorkflowInput = {
  /** Our transaction id (`transaction` in Payme answers). */
  id: string
  payme_id: string
  payment_session_id: string
  cart_id: string
  /** Epoch ms. */
  perform_time: number
}

export const paymeCompletePaymentWorkflowId = "payme-complete-payment"

/**
 * Payme debited the payer (PerformTransaction of a created transaction):
 * marks the Medusa payment session paid, completes the cart into an order
 * with Medusa's `completeCartWorkflow` (which authorises the marked session;
 * the provider answers "captured", so the payment is captured too), then
 * moves the transaction from state 1 to 2 with the order and payment ids.
 */
export const paymeCompletePaymentWorkflow = createWorkflow(
  paymeCompletePaymentWorkflowId,
  (input: PaymeCompletePaymentWorkflowInput) => {
    const mark = transform({ input }, ({ input }) => ({
      payment_session_id: input.payment_session_id,
      mark: {
        transaction: input.id,
        payme_id: input.payme_id,
        perform_time: input.perform_time,
      },
    }))
    markPaymeSessionPerformedStep(mark)

    const order = completeCartWorkflow.runAsStep({
      input: { id: input.cart_id },
    })

    const { data: payments } = useQueryGraphStep({
      entity: "payment",
      fields: ["id"],
      filters: { payment_session_id: input.payment_session_id },
    }).config({ name: "payme-captured-payment" })

    const transition = transform(
      { input, order, payments },
      ({ input, order, payments }) => ({
        id: input.id,
        from: [1],
        state: 2,
        perform_time: input.perform_time,
        order_id: order.id,
        payment_id: (payments[0]?.id as string | undefined) ?? null,
      })
    )
    const updated = transitionPaymeTransactionStep(transition)
    return new WorkflowResponse(updated)
  }
)
