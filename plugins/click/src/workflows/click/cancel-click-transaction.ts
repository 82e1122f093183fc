import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { transitionClickTransactionStep } from "./steps/transition-click-transaction"

export const cancelClickTransactionWorkflowId = "click-cancel-transaction"

export type CancelClickTransactionWorkflowInput = {
  id: string
  click_error: number
  click_error_note?: string | null
}

/**
 * Cancels a prepared Click attempt after Click reported a failed debit
 * (Complete with error < 0). The cart stays open for a new attempt.
 */
export const cancelClickTransactionWorkflow = createWorkflow(
  cancelClickTransactionWorkflowId,
  (input: CancelClickTransactionWorkflowInput) => {
    const transaction = transitionClickTransactionStep({
      id: input.id,
      from: "prepared",
      to: "cancelled",
      click_error: input.click_error,
      click_error_note: input.click_error_note,
    })
    return new WorkflowResponse(transaction)
  }
)
