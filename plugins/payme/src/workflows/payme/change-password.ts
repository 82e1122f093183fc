import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  upsertPaymeCredentialStep,
  UpsertPaymeCredentialStepInput,
} from "./steps/upsert-payme-credential"

export type PaymeChangePasswordWorkflowInput = UpsertPaymeCredentialStepInput

export const paymeChangePasswordWorkflowId = "payme-change-password"

/** ChangePassword (spec §1.5): the new cashbox key authenticates later calls. */
export const paymeChangePasswordWorkflow = createWorkflow(
  paymeChangePasswordWorkflowId,
  (input: PaymeChangePasswordWorkflowInput) => {
    return new WorkflowResponse(upsertPaymeCredentialStep(input))
  }
)
