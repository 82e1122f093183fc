import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createPaymeTransactionStep,
  CreatePaymeTransactionStepInput,
} from "./steps/create-payme-transaction"

export type PaymeCreateTransactionWorkflowInput =
  CreatePaymeTransactionStepInput

export const paymeCreateTransactionWorkflowId = "payme-create-transaction"

/** Records a Payme CreateTransaction (state 1) for a validated account. */
export const paymeCreateTransactionWorkflow = createWorkflow(
  paymeCreateTransactionWorkflowId,
  (input: PaymeCreateTransactionWorkflowInput) => {
    const transaction = createPaymeTransactionStep(input)
    return new WorkflowResponse(transaction)
  }
)
