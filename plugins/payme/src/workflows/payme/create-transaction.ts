import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { paymeLockKey, PaymeState } from "../../modules/payme"
import { createPaymeTransactionStep } from "./steps/create-payme-transaction"
import { expirePaymeTransactionStep } from "./steps/expire-payme-transaction"
import { findPaymeAccountStep } from "./steps/find-payme-account"
import {
  findPaymeTransactionStep,
  type PaymeTransactionRow,
} from "./steps/find-payme-transaction"
import { validatePaymeAmountStep } from "./steps/validate-payme-amount"
import { validatePaymeCreateTimeStep } from "./steps/validate-payme-create-time"
import { validatePaymePayableStep } from "./steps/validate-payme-payable"
import { validatePaymeTransactionStateStep } from "./steps/validate-payme-transaction-state"
import { createAnswer } from "./utils/answers"

export type PaymeCreateTransactionWorkflowInput = {
  /** Payme's transaction id. */
  id: string
  /** Payme's `time`, epoch ms. */
  time: number
  /** As Payme sent them: checked by the steps, in the spec's order. */
  amount: unknown
  account: unknown
}

export const paymeCreateTransactionWorkflowId = "payme-create-transaction"

/** Seconds to wait for the cart's Payme lock; it expires after `ttl`. */
const LOCK = { timeout: 30, ttl: 120 }

/**
 * CreateTransaction (spec §1.5). A repeat of a known Payme id answers from
 * its row while it is created (else -31008; an expired one is cancelled with
 * reason 4). A new one: account (-31050), amount (-31001), then under the
 * cart's lock payable and the 12-hour rule (-31008), and state 1 is stored.
 */
export const paymeCreateTransactionWorkflow = createWorkflow(
  paymeCreateTransactionWorkflowId,
  (input: PaymeCreateTransactionWorkflowInput) => {
    const existing = findPaymeTransactionStep({ payme_id: input.id })
    const account = when(
      "payme-new-transaction-account",
      { existing },
      ({ existing }) => !existing
    ).then(() => {
      const account = findPaymeAccountStep({ account: input.account })
      validatePaymeAmountStep({ account, amount: input.amount })
      return account
    })

    const lockKey = transform({ existing, account }, ({ existing, account }) =>
      paymeLockKey(existing?.cart_id ?? account!.cart_id)
    )
    acquireLockStep({ key: lockKey, ...LOCK })

    // Re-read under the lock: a concurrent duplicate may have created it.
    const current = findPaymeTransactionStep({ payme_id: input.id }).config({
      name: "payme-refetch-transaction-step",
    })
    const created = when(
      "payme-create-new-transaction",
      { current },
      ({ current }) => !current
    ).then(() => {
      validatePaymePayableStep({ account: account! })
      validatePaymeCreateTimeStep({ time: input.time })
      const create = transform({ input, account }, ({ input, account }) => ({
        payme_id: input.id,
        payme_time: input.time,
        amount: input.amount as number,
        account: input.account as Record<string, unknown>,
        create_time: Date.now(),
        payment_session_id: account!.session_id,
        payment_collection_id: account!.payment_collection_id,
        cart_id: account!.cart_id,
      }))
      return createPaymeTransactionStep(create)
    })

    const transaction = transform(
      { current, created },
      ({ current, created }): PaymeTransactionRow => (current ?? created)!
    )
    const expired = expirePaymeTransactionStep({ transaction })
    validatePaymeTransactionStateStep({
      transaction,
      expired,
      states: [PaymeState.CREATED],
      error: "CANNOT_PERFORM",
    })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ transaction }, ({ transaction }) => createAnswer(transaction))
    )
  }
)
