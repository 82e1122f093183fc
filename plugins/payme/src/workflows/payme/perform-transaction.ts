import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { paymeLockKey, PaymeState } from "../../modules/payme"
import { paymeCompletePaymentWorkflow } from "./complete-payment"
import { expirePaymeTransactionStep } from "./steps/expire-payme-transaction"
import { findPaymeTransactionStep } from "./steps/find-payme-transaction"
import { validatePaymeTransactionStateStep } from "./steps/validate-payme-transaction-state"
import { performAnswer } from "./utils/answers"

export type PaymePerformTransactionWorkflowInput = {
  /** Payme's transaction id. */
  id: string
}

export const paymePerformTransactionWorkflowId = "payme-perform-transaction"

/**
 * PerformTransaction (spec §1.5): under the cart's lock, a performed
 * transaction answers as it is; a created one completes the payment into an
 * order (nested workflow, compensated on failure) and moves to state 2.
 * Unknown: -31003; cancelled or 12 hours old (then cancelled, reason 4): -31008.
 */
export const paymePerformTransactionWorkflow = createWorkflow(
  paymePerformTransactionWorkflowId,
  (input: PaymePerformTransactionWorkflowInput) => {
    const first = findPaymeTransactionStep({
      payme_id: input.id,
      required: true,
    })
    const lockKey = transform({ first }, ({ first }) =>
      paymeLockKey(first!.cart_id)
    )
    acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })

    const transaction = findPaymeTransactionStep({
      payme_id: input.id,
      required: true,
    }).config({ name: "payme-refetch-transaction-step" })
    const expired = expirePaymeTransactionStep({ transaction })
    validatePaymeTransactionStateStep({
      transaction,
      expired,
      states: [PaymeState.CREATED, PaymeState.PERFORMED],
      error: "CANNOT_PERFORM",
    })

    when(
      "payme-perform-created-transaction",
      { transaction },
      ({ transaction }) => transaction!.state === PaymeState.CREATED
    ).then(() => {
      paymeCompletePaymentWorkflow.runAsStep({
        input: transform({ transaction }, ({ transaction }) => ({
          id: transaction!.id,
          payme_id: transaction!.payme_id,
          payment_session_id: transaction!.payment_session_id,
          cart_id: transaction!.cart_id,
          perform_time: Date.now(),
        })),
      })
    })

    const after = findPaymeTransactionStep({
      payme_id: input.id,
      required: true,
    }).config({ name: "payme-refetch-performed-transaction-step" })
    validatePaymeTransactionStateStep({
      transaction: after,
      states: [PaymeState.PERFORMED],
      error: "CANNOT_PERFORM",
    }).config({ name: "payme-validate-performed-step" })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ after }, ({ after }) => performAnswer(after!))
    )
  }
)
