import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { recordDisputeRefundFailureStep } from "./steps/record-dispute-refund-failure"

export const recordDisputeRefundFailureWorkflowId =
  "disputes-record-refund-failure"

export type RecordDisputeRefundFailureWorkflowInput = {
  dispute_id: string
  error: string
}

/** Records why a refund decision failed, leaving the dispute's status as it was. */
export const recordDisputeRefundFailureWorkflow = createWorkflow(
  recordDisputeRefundFailureWorkflowId,
  (input: RecordDisputeRefundFailureWorkflowInput) => {
    const updated = recordDisputeRefundFailureStep(input)
    return new WorkflowResponse(updated)
  }
)
