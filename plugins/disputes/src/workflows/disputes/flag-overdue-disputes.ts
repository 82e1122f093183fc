import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DisputeEvents } from "../../modules/disputes/events"
import { flagOverdueDisputesStep } from "./steps/flag-overdue-disputes"

export const flagOverdueDisputesWorkflowId = "disputes-flag-overdue"

export type FlagOverdueDisputesWorkflowInput = {
  /** Disputes opened before this moment without a merchant answer are overdue. */
  before: string | Date
  /** Batch size. */
  limit: number
}

/** Flags one batch of overdue disputes and emits a reminder event for each. */
export const flagOverdueDisputesWorkflow = createWorkflow(
  flagOverdueDisputesWorkflowId,
  (input: FlagOverdueDisputesWorkflowInput) => {
    const flagged = flagOverdueDisputesStep(input)
    emitEventStep({
      eventName: DisputeEvents.OVERDUE_FLAGGED,
      data: transform({ flagged }, ({ flagged }) =>
        flagged.map((d) => ({
          id: d.id,
          order_id: d.order_id,
          customer_id: d.customer_id,
          waiting_since: new Date(d.created_at).toISOString(),
        }))
      ),
    })
    return new WorkflowResponse(flagged)
  }
)
