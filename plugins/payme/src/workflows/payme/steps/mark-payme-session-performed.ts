import type { PaymentSessionDTO } from "@medusajs/framework/types"
import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymePerformMark } from "../../../providers/payme/types"

export type MarkPaymeSessionPerformedStepInput = {
  payment_session_id: string
  mark: PaymePerformMark
}

export const markPaymeSessionPerformedStepId =
  "payme-mark-session-performed-step"

/**
 * Records PerformTransaction on the Medusa payment session, server side: the
 * Payme provider authorises (and captures) a session only with this mark.
 */
export const markPaymeSessionPerformedStep = createStep(
  markPaymeSessionPerformedStepId,
  async (input: MarkPaymeSessionPerformedStepInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const session: PaymentSessionDTO = await payment.retrievePaymentSession(
      input.payment_session_id,
      { select: ["id", "data", "amount", "currency_code", "status"] }
    )
    const updated = await payment.updatePaymentSession({
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: { ...session.data, payme_perform: input.mark },
      status: PaymentSessionStatus.PENDING,
    })
    return new StepResponse(updated, {
      id: session.id,
      amount: session.amount,
      currency_code: session.currency_code,
      data: session.data,
      status: session.status,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const payment = container.resolve(Modules.PAYMENT)
    await payment.updatePaymentSession(previous)
  }
)
