import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { PrepareClickTransactionInput } from "../../modules/click/types"
import { findClickPaymentTargetStep } from "./steps/find-click-payment-target"
import { prepareClickTransactionStep } from "./steps/prepare-click-transaction"
import { validateClickPrepareStep } from "./steps/validate-click-prepare"

export const prepareClickTransactionWorkflowId = "click-prepare-transaction"

/** A signed Click Prepare (action 0), as parsed by the callback route. */
export type PrepareClickTransactionWorkflowInput = {
  click_trans_id: string
  click_paydoc_id: string
  /** A Click payment session id. */
  merchant_trans_id: string
  /** As Click sent it ("N" or "N.NN"). */
  amount: string
  /** Click's `error` field. */
  error: number
}

/**
 * Handles a Click Prepare: finds the payment session and its cart (-5),
 * checks the attempt (-8, -4, -2, -9, see `errors.ts`), then stores it
 * idempotently per `click_trans_id`. Failed checks throw a MedusaError that
 * carries the Click code.
 */
export const prepareClickTransactionWorkflow = createWorkflow(
  prepareClickTransactionWorkflowId,
  (input: PrepareClickTransactionWorkflowInput) => {
    const target = findClickPaymentTargetStep({
      merchant_trans_id: input.merchant_trans_id,
    })
    validateClickPrepareStep({
      click_trans_id: input.click_trans_id,
      merchant_trans_id: input.merchant_trans_id,
      amount: input.amount,
      error: input.error,
      target,
    })
    const attempt = transform(
      { input, target },
      ({ input, target }): PrepareClickTransactionInput => ({
        click_trans_id: input.click_trans_id,
        click_paydoc_id: input.click_paydoc_id,
        merchant_trans_id: input.merchant_trans_id,
        payment_session_id: target.session.id,
        payment_collection_id: target.session.payment_collection_id,
        cart_id: target.cart.id,
        amount: target.session.amount,
        currency_code: target.session.currency_code,
      })
    )
    const transaction = prepareClickTransactionStep(attempt)
    return new WorkflowResponse(transaction)
  }
)
