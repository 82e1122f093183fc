import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import { paymeMedusaError } from "../errors"

/** A payme_transaction row as the module lists it. */
export type PaymeTransactionRow = Awaited<
  ReturnType<PaymeModuleService["listPaymeTransactions"]>
>[number]

export type FindPaymeTransactionStepInput = {
  /** Payme's transaction id (`params.id`). */
  payme_id: string
  /** Throw -31003 when there is none; otherwise answer `null`. */
  required?: boolean
}

export const findPaymeTransactionStepId = "payme-find-transaction-step"

/**
 * Looks a transaction up by Payme's id. With `required`, a missing one
 * throws NOT_FOUND carrying -31003 (transaction not found).
 */
export const findPaymeTransactionStep = createStep(
  findPaymeTransactionStepId,
  async (input: FindPaymeTransactionStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const [tx] = await payme.listPaymeTransactions({ payme_id: input.payme_id })
    if (!tx && input.required) {
      throw paymeMedusaError(
        "NOT_FOUND",
        "TRANSACTION_NOT_FOUND",
        `No Payme transaction ${input.payme_id}.`
      )
    }
    return new StepResponse((tx ?? null) as PaymeTransactionRow | null)
  }
)
