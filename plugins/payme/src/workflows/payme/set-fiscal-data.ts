import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  setPaymeFiscalDataStep,
  SetPaymeFiscalDataStepInput,
} from "./steps/set-payme-fiscal-data"

export type PaymeSetFiscalDataWorkflowInput = SetPaymeFiscalDataStepInput

export const paymeSetFiscalDataWorkflowId = "payme-set-fiscal-data"

/** SetFiscalData (spec §1.5): keeps the fiscal receipt per type on the transaction. */
export const paymeSetFiscalDataWorkflow = createWorkflow(
  paymeSetFiscalDataWorkflowId,
  (input: PaymeSetFiscalDataWorkflowInput) => {
    return new WorkflowResponse(setPaymeFiscalDataStep(input))
  }
)
