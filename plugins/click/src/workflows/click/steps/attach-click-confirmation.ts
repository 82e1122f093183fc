import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClickConfirmation } from "../../../providers/click/utils/signature"

export const attachClickConfirmationStepId = "click-attach-confirmation-step"

export type AttachClickConfirmationStepInput = {
  payment_session_id: string
  confirmation: ClickConfirmation
  /** HMAC made with the provider's secret key (see the provider's authorizePayment). */
  proof: string
}

/**
 * Records on the Medusa payment session that Click confirmed the payment,
 * so that the provider's authorizePayment (run by completeCartWorkflow)
 * authorizes and captures it. The compensation restores the previous data.
 */
export const attachClickConfirmationStep = createStep(
  attachClickConfirmationStepId,
  async (input: AttachClickConfirmationStepInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const session = await payment.retrievePaymentSession(
      input.payment_session_id,
      { select: ["id", "data", "amount", "currency_code"] }
    )
    const previous = session.data ?? {}
    await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: {
        ...previous,
        click_confirmation: { ...input.confirmation, proof: input.proof },
      },
    })
    return new StepResponse(undefined, {
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      // Session data is merged on update: the key must be cleared, not omitted.
      data: {
        ...previous,
        click_confirmation: previous.click_confirmation ?? null,
      },
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const payment = container.resolve(Modules.PAYMENT)
    await payment.updatePaymentSession(undo)
  }
)
