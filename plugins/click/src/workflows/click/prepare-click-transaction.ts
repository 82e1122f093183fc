import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PrepareClickTransactionInput } from "../../modules/click/types"
import { prepareClickTransactionStep } from "./steps/prepare-click-transaction"

export const prepareClickTransactionWorkflowId = "click-prepare-transaction"

/** Stores (idempotently, per `click_trans_id`) a Click Prepare attempt for a cart. */
export const prepareClickTransactionWorkflow = createWorkflow(
  prepareClickTransactionWorkflowId,
  (input: PrepareClickTransactionInput) => {
    const transaction = prepareClickTransactionStep(input)
    return new WorkflowResponse(transaction)
  }
)
