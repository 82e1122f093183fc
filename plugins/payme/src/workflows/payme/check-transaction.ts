import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { findPaymeTransactionStep } from "./steps/find-payme-transaction"
import { transactionAnswer } from "./utils/answers"

export type PaymeCheckTransactionWorkflowInput = {
  /** Payme's transaction id. */
  id: string
}

export const paymeCheckTransactionWorkflowId = "payme-check-transaction"

/** CheckTransaction (spec §1.5): the transaction's state and times; unknown: -31003. */
export const paymeCheckTransactionWorkflow = createWorkflow(
  paymeCheckTransactionWorkflowId,
  (input: PaymeCheckTransactionWorkflowInput) => {
    const transaction = findPaymeTransactionStep({
      payme_id: input.id,
      required: true,
    })
    return new WorkflowResponse(
      transform({ transaction }, ({ transaction }) =>
        transactionAnswer(transaction!)
      )
    )
  }
)
