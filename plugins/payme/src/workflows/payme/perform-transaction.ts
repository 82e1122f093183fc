import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { completePaymeCartStep } from "./steps/complete-payme-cart"
import { markPaymeSessionPerformedStep } from "./steps/mark-payme-session-performed"
import { transitionPaymeTransactionStep } from "./steps/transition-payme-transaction"

export type PaymePerformTransactionWorkflowInput = {
  /** Our transaction id (`transaction` in Payme answers). */
  id: string
  payme_id: string
  payment_session_id: string
  cart_id: string
  /** Epoch ms. */
  perform_time: number
}

export const paymePerformTransactionWorkflowId = "payme-perform-transaction"

/**
 * PerformTransaction (spec §1.5): marks the Medusa payment session paid,
 * completes the cart into an order (authorising and capturing the payment),
 * then moves the transaction from state 1 to 2.
 */
export const paymePerformTransactionWorkflow = createWorkflow(
  paymePerformTransactionWorkflowId,
  (input: PaymePerformTransactionWorkflowInput) => {
    const mark = transform({ input }, ({ input }) => ({
      payment_session_id: input.payment_session_id,
      mark: {
        transaction: input.id,
        payme_id: input.payme_id,
        perform_time: input.perform_time,
      },
    }))
    markPaymeSessionPerformedStep(mark)
    const completed = completePaymeCartStep({
      cart_id: input.cart_id,
      payment_session_id: input.payment_session_id,
    })
    const transition = transform(
      { input, completed },
      ({ input, completed }) => ({
        id: input.id,
        from: [1],
        state: 2,
        perform_time: input.perform_time,
        order_id: completed.order_id,
        payment_id: completed.payment_id,
      })
    )
    const updated = transitionPaymeTransactionStep(transition)
    return new WorkflowResponse(updated)
  }
)
