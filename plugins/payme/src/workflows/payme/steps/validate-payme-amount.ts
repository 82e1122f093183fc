import { createStep } from "@medusajs/framework/workflows-sdk"
import { isTiyin } from "../../../providers/payme/utils/amount"
import { paymeMedusaError } from "../errors"
import type { PaymeAccount } from "./find-payme-account"

export type ValidatePaymeAmountStepInput = {
  account: PaymeAccount
  /** Payme's `params.amount`, as sent (tiyin). */
  amount: unknown
}

export const validatePaymeAmountStepId = "payme-validate-amount-step"

/** The amount must be the session's, in tiyin; otherwise -31001. */
export const validatePaymeAmountStep = createStep(
  validatePaymeAmountStepId,
  async (input: ValidatePaymeAmountStepInput) => {
    if (!isTiyin(input.amount) || input.amount !== input.account.amount_tiyin) {
      throw paymeMedusaError(
        "INVALID_DATA",
        "WRONG_AMOUNT",
        `Payme amount ${String(input.amount)} does not match payment session ${input.account.session_id}.`
      )
    }
  }
)
