import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { paymeLockKey, PaymeState } from "../../modules/payme"
import { paymeCancelCreatedTransactionWorkflow } from "./cancel-created-transaction"
import { paymeRefundTransactionWorkflow } from "./refund-transaction"
import { findPaymeTransactionStep } from "./steps/find-payme-transaction"
import { cancelAnswer } from "./utils/answers"

export type PaymeCancelTransactionWorkflowInput = {
  /** Payme's transaction id. */
  id: string
  reason: number
}

export const paymeCancelTransactionWorkflowId = "payme-cancel-transaction"

/**
 * CancelTransaction (spec §1.5): under the cart's lock, a created
 * transaction is cancelled (state -1), a performed one refunded through the
 * order's cancellation (state -2, -31007 once fulfilled); a cancelled one
 * answers as it is. Unknown: -31003.
 */
export const paymeCancelTransactionWorkflow = createWorkflow(
  paymeCancelTransactionWorkflowId,
  (input: PaymeCancelTransactionWorkflowInput) => {
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

    when(
      "payme-cancel-created",
      { transaction },
      ({ transaction }) => transaction!.state === PaymeState.CREATED
    ).then(() => {
      paymeCancelCreatedTransactionWorkflow.runAsStep({
        input: transform({ input, transaction }, ({ input, transaction }) => ({
          id: transaction!.id,
          reason: input.reason,
          cancel_time: Date.now(),
        })),
      })
    })

    when(
      "payme-cancel-performed",
      { transaction },
      ({ transaction }) => transaction!.state === PaymeState.PERFORMED
    ).then(() => {
      paymeRefundTransactionWorkflow.runAsStep({
        input: transform({ input, transaction }, ({ input, transaction }) => ({
          id: transaction!.id,
          payme_id: transaction!.payme_id,
          order_id: transaction!.order_id ?? null,
          payment_id: transaction!.payment_id ?? null,
          reason: input.reason,
          cancel_time: Date.now(),
        })),
      })
    })

    const after = findPaymeTransactionStep({
      payme_id: input.id,
      required: true,
    }).config({ name: "payme-refetch-cancelled-transaction-step" })
    releaseLockStep({ key: lockKey })

    return new WorkflowResponse(
      transform({ after }, ({ after }) => cancelAnswer(after!))
    )
  }
)
