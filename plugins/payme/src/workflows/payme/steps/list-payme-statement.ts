import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import type { PaymeTransactionRow } from "./find-payme-transaction"

export type ListPaymeStatementStepInput = {
  /** Epoch ms, inclusive. */
  from: number
  /** Epoch ms, inclusive. */
  to: number
}

export const listPaymeStatementStepId = "payme-list-statement-step"

/** The transactions whose Payme `time` falls in the period, oldest first. */
export const listPaymeStatementStep = createStep(
  listPaymeStatementStepId,
  async (input: ListPaymeStatementStepInput, { container }) => {
    if (input.from > input.to) {
      return new StepResponse([] as PaymeTransactionRow[])
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const rows = await payme.listPaymeTransactions(
      {
        payme_time: { $gte: new Date(input.from), $lte: new Date(input.to) },
      },
      { order: { payme_time: "ASC" } }
    )
    return new StepResponse(rows as PaymeTransactionRow[])
  }
)
