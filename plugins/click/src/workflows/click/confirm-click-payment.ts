import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { ClickConfirmation } from "../../providers/click/utils/signature"
import { attachClickConfirmationStep } from "./steps/attach-click-confirmation"
import { transitionClickTransactionStep } from "./steps/transition-click-transaction"

export const confirmClickPaymentWorkflowId = "click-confirm-payment"

export type ConfirmClickPaymentWorkflowInput = {
  /** The click_transaction row. */
  id: string
  cart_id: string
  payment_session_id: string
  confirmation: ClickConfirmation
  proof: string
}

/**
 * Click debited the payer (Complete with error 0): claims the attempt
 * (prepared → confirming, one winner among concurrent duplicates), marks the
 * Medusa payment session as confirmed, completes the cart through Medusa's
 * completeCartWorkflow (which authorizes and captures the payment and creates
 * the order), then records the attempt as confirmed with the order id.
 */
export const confirmClickPaymentWorkflow = createWorkflow(
  confirmClickPaymentWorkflowId,
  (input: ConfirmClickPaymentWorkflowInput) => {
    transitionClickTransactionStep({
      id: input.id,
      from: "prepared",
      to: "confirming",
    }).config({ name: "click-claim-transaction-step" })

    attachClickConfirmationStep({
      payment_session_id: input.payment_session_id,
      confirmation: input.confirmation,
      proof: input.proof,
    })

    const order = completeCartWorkflow.runAsStep({
      input: { id: input.cart_id },
    })

    const confirmInput = transform({ input, order }, ({ input, order }) => ({
      id: input.id,
      from: "confirming" as const,
      to: "confirmed" as const,
      order_id: order.id,
    }))
    const transaction = transitionClickTransactionStep(confirmInput).config({
      name: "click-mark-confirmed-step",
    })

    return new WorkflowResponse(transaction)
  }
)
