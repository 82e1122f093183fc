import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PaymeFiscalType } from "../../modules/payme/types"
import { findPaymeTransactionStep } from "./steps/find-payme-transaction"
import { setPaymeFiscalDataStep } from "./steps/set-payme-fiscal-data"

export type PaymeSetFiscalDataWorkflowInput = {
  /** Payme's transaction id. */
  id: string
  type: PaymeFiscalType
  fiscal_data: Record<string, unknown>
}

export const paymeSetFiscalDataWorkflowId = "payme-set-fiscal-data"

/** SetFiscalData (spec §1.5): keeps the fiscal receipt per type on the transaction; unknown: -31003. */
export const paymeSetFiscalDataWorkflow = createWorkflow(
  paymeSetFiscalDataWorkflowId,
  (input: PaymeSetFiscalDataWorkflowInput) => {
    const transaction = findPaymeTransactionStep({
      payme_id: input.id,
      required: true,
    })
    setPaymeFiscalDataStep(
      transform({ input, transaction }, ({ input, transaction }) => ({
        id: transaction!.id,
        type: input.type,
        fiscal_data: input.fiscal_data,
      }))
    )
    return new WorkflowResponse({ success: true })
  }
)
