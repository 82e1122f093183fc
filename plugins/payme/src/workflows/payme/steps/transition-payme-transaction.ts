import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"

export type TransitionPaymeTransactionStepInput = {
  id: string
  /** The states the transaction may be in; otherwise nothing changes. */
  from: number[]
  state: number
  reason?: number | null
  /** Epoch ms (workflow input is serialised: no Date objects). */
  perform_time?: number
  /** Epoch ms. */
  cancel_time?: number
  order_id?: string | null
  payment_id?: string | null
  refund_id?: string | null
}

export const transitionPaymeTransactionStepId =
  "payme-transition-transaction-step"

/**
 * Moves a transaction to a new state in one compare-and-set UPDATE. Returns
 * `null` when the transaction was no longer in one of the `from` states (a
 * concurrent request got there first); the caller then answers from the row.
 */
export const transitionPaymeTransactionStep = createStep(
  transitionPaymeTransactionStepId,
  async (input: TransitionPaymeTransactionStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const { id, from, perform_time, cancel_time, ...rest } = input
    const data = {
      ...rest,
      ...(perform_time !== undefined
        ? { perform_time: new Date(perform_time) }
        : {}),
      ...(cancel_time !== undefined
        ? { cancel_time: new Date(cancel_time) }
        : {}),
    }
    const [before] = await payme.listPaymeTransactions(
      { id },
      {
        select: [
          "id",
          "state",
          "reason",
          "perform_time",
          "cancel_time",
          "order_id",
          "payment_id",
          "refund_id",
        ],
      }
    )
    const updated = await payme.transitionTransaction(id, from, data)
    return new StepResponse(updated, updated ? before : undefined)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const { id, ...previous } = before
    await payme.updatePaymeTransactions({ id, ...previous })
  }
)
