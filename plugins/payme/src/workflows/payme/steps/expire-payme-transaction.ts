import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PAYME_MODULE,
  PAYME_TIMEOUT_MS,
  PaymeReason,
  PaymeState,
} from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import type { PaymeTransactionRow } from "./find-payme-transaction"

export type ExpirePaymeTransactionStepInput = {
  transaction: PaymeTransactionRow | null
}

export const expirePaymeTransactionStepId = "payme-expire-transaction-step"

const ms = (date: Date | string | null | undefined) =>
  date ? new Date(date).getTime() : 0

/**
 * The 12-hour rule (spec §1.7): a created transaction whose Payme `time` is
 * 12 hours old is cancelled with reason 4, and the call is refused after it.
 * No compensation on purpose: the expiry stands whatever fails next (Payme
 * itself would refuse to perform it). Returns whether it expired.
 */
export const expirePaymeTransactionStep = createStep(
  expirePaymeTransactionStepId,
  async (input: ExpirePaymeTransactionStepInput, { container }) => {
    const tx = input.transaction
    if (
      !tx ||
      tx.state !== PaymeState.CREATED ||
      Date.now() - ms(tx.payme_time) < PAYME_TIMEOUT_MS
    ) {
      return new StepResponse(false)
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    await payme.transitionTransaction(tx.id, [PaymeState.CREATED], {
      state: PaymeState.CANCELLED,
      reason: PaymeReason.TIMEOUT,
      cancel_time: new Date(),
    })
    return new StepResponse(true)
  }
)
