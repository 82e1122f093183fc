import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { transitionPaymeTransactionStep } from "./steps/transition-payme-transaction"

export type PaymeCancelCreatedTransactionWorkflowInput = {
  id: string
  reason: number
  /** Epoch ms. */
  cancel_time: number
}

export const paymeCancelCreatedTransactionWorkflowId =
  "payme-cancel-created-transaction"

/**
 * Cancels a created (state 1) Payme transaction: state -1 with the reason.
 * Nothing was debited and nothing is reserved in Medusa: the cart can be
 * paid again. Used by CancelTransaction and the 12-hour job (reason 4).
 */
export const paymeCancelCreatedTransactionWorkflow = createWorkflow(
  paymeCancelCreatedTransactionWorkflowId,
  (input: PaymeCancelCreatedTransactionWorkflowInput) => {
    const updated = transitionPaymeTransactionStep({
      id: input.id,
      from: [1],
      state: -1,
      reason: input.reason,
      cancel_time: input.cancel_time,
    })
    return new WorkflowResponse(updated)
  }
)
