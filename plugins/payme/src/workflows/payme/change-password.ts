import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  buildPaymeCredentialStep,
  type BuildPaymeCredentialStepInput,
} from "./steps/build-payme-credential"
import { upsertPaymeCredentialStep } from "./steps/upsert-payme-credential"

export type PaymeChangePasswordWorkflowInput = BuildPaymeCredentialStepInput

export const paymeChangePasswordWorkflowId = "payme-change-password"

/** ChangePassword (spec §1.5): the new cashbox key authenticates later calls. */
export const paymeChangePasswordWorkflow = createWorkflow(
  paymeChangePasswordWorkflowId,
  (input: PaymeChangePasswordWorkflowInput) => {
    const credential = buildPaymeCredentialStep(input)
    upsertPaymeCredentialStep(credential)
    return new WorkflowResponse({ success: true })
  }
)
