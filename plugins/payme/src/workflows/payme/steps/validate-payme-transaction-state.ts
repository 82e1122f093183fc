import { createStep } from "@medusajs/framework/workflows-sdk"
import { paymeMedusaError, type PaymeErrorName } from "../errors"
import type { PaymeTransactionRow } from "./find-payme-transaction"

export type ValidatePaymeTransactionStateStepInput = {
  /** Nothing to check when `null`. */
  transaction: PaymeTransactionRow | null
  /** The states the call accepts. */
  states: number[]
  /** Set when the 12-hour rule just cancelled it: always refused. */
  expired?: boolean
  /** The Payme error otherwise. */
  error: PaymeErrorName
}

export const validatePaymeTransactionStateStepId =
  "payme-validate-transaction-state-step"

/** Refuses a transaction in another state than the call accepts (or just expired). */
export const validatePaymeTransactionStateStep = createStep(
  validatePaymeTransactionStateStepId,
  async (input: ValidatePaymeTransactionStateStepInput) => {
    const tx = input.transaction
    if (tx && (input.expired || !input.states.includes(tx.state))) {
      throw paymeMedusaError(
        "NOT_ALLOWED",
        input.error,
        `Payme transaction ${tx.payme_id} is in state ${tx.state}${input.expired ? " (expired)" : ""}.`
      )
    }
  }
)
