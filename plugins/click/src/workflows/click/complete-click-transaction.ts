import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { cancelClickTransactionWorkflow } from "./cancel-click-transaction"
import { confirmClickPaymentWorkflow } from "./confirm-click-payment"
import { buildClickConfirmationStep } from "./steps/build-click-confirmation"
import { findClickPaymentTargetStep } from "./steps/find-click-payment-target"
import { validateClickCompleteStep } from "./steps/validate-click-complete"

export const completeClickTransactionWorkflowId = "click-complete-transaction"

/** A signed Click Complete (action 1), as parsed by the callback route. */
export type CompleteClickTransactionWorkflowInput = {
  click_trans_id: string
  click_paydoc_id: string
  /** A Click payment session id. */
  merchant_trans_id: string
  merchant_prepare_id: number
  /** As Click sent it ("N" or "N.NN"). */
  amount: string
  /** Click's `error` field: 0 debited, below 0 failed. */
  error: number
  error_note?: string | null
}

export type CompleteClickTransactionWorkflowOutput = {
  /** The attempt's integer id, answered as merchant_confirm_id. */
  prepare_id: number
  /** True when Click reported a failed debit and the attempt was cancelled. */
  cancelled: boolean
}

/**
 * Handles a Click Complete: finds the payment session and its cart (-5),
 * checks the prepared attempt (-6, -4, -2, -9), then either cancels it
 * (Click's error < 0) or confirms it, which completes the cart into an order
 * (nested workflows, compensated on failure). Failed checks throw a
 * MedusaError that carries the Click code.
 */
export const completeClickTransactionWorkflow = createWorkflow(
  completeClickTransactionWorkflowId,
  (input: CompleteClickTransactionWorkflowInput) => {
    const target = findClickPaymentTargetStep({
      merchant_trans_id: input.merchant_trans_id,
    })
    const attempt = validateClickCompleteStep({
      click_trans_id: input.click_trans_id,
      merchant_trans_id: input.merchant_trans_id,
      merchant_prepare_id: input.merchant_prepare_id,
      amount: input.amount,
      target,
    })

    // Click could not debit the payer: annul the attempt (§2.3).
    when("click-cancel-failed-debit", input, (input) => input.error < 0).then(
      () => {
        cancelClickTransactionWorkflow.runAsStep({
          input: transform({ input, attempt }, ({ input, attempt }) => ({
            id: attempt.id,
            click_error: input.error,
            click_error_note: input.error_note ?? null,
          })),
        })
      }
    )

    when("click-confirm-debit", input, (input) => input.error >= 0).then(() => {
      const built = buildClickConfirmationStep({
        attempt,
        click_paydoc_id: input.click_paydoc_id,
      })
      confirmClickPaymentWorkflow.runAsStep({
        input: transform({ attempt, built }, ({ attempt, built }) => ({
          id: attempt.id,
          cart_id: attempt.cart_id,
          payment_session_id: attempt.payment_session_id,
          confirmation: built.confirmation,
          proof: built.proof,
        })),
      })
    })

    const result = transform(
      { input, attempt },
      ({ input, attempt }): CompleteClickTransactionWorkflowOutput => ({
        prepare_id: attempt.prepare_id,
        cancelled: input.error < 0,
      })
    )
    return new WorkflowResponse(result)
  }
)
