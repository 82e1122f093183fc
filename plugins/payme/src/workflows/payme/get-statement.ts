import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  listPaymeStatementStep,
  type ListPaymeStatementStepInput,
} from "./steps/list-payme-statement"
import { statementAnswer } from "./utils/answers"

export type PaymeGetStatementWorkflowInput = ListPaymeStatementStepInput

export const paymeGetStatementWorkflowId = "payme-get-statement"

/** GetStatement (spec §1.5): the period's transactions by Payme time. */
export const paymeGetStatementWorkflow = createWorkflow(
  paymeGetStatementWorkflowId,
  (input: PaymeGetStatementWorkflowInput) => {
    const rows = listPaymeStatementStep(input)
    return new WorkflowResponse(
      transform({ rows }, ({ rows }) => ({
        transactions: rows.map(statementAnswer),
      }))
    )
  }
)
