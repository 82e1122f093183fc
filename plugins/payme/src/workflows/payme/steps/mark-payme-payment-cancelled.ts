import type { UpdatePaymentDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PaymeCancelMark } from "../../../providers/payme/types"

export type MarkPaymePaymentCancelledStepInput = {
  payment_id: string
  mark: PaymeCancelMark
}

export const markPaymePaymentCancelledStepId =
  "payme-mark-payment-cancelled-step"

/**
 * Records CancelTransaction on the Medusa payment: the Payme provider accepts
 * a refund only with this mark (Payme has already returned the money).
 */
export const markPaymePaymentCancelledStep = createStep(
  markPaymePaymentCancelledStepId,
  async (input: MarkPaymePaymentCancelledStepInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const current = await payment.retrievePayment(input.payment_id, {
      select: ["id", "data"],
    })
    await payment.updatePayment(
      paymentDataUpdate(current.id, {
        ...current.data,
        payme_cancel: input.mark,
      })
    )
    return new StepResponse(current.id, { id: current.id, data: current.data })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const payment = container.resolve(Modules.PAYMENT)
    await payment.updatePayment(paymentDataUpdate(previous.id, previous.data))
  }
)

// The payment module's `updatePayment` writes `data` (it passes the whole
// object to the payment service) though `UpdatePaymentDTO` declares only `id`.
function paymentDataUpdate(
  id: string,
  data: Record<string, unknown> | undefined
): UpdatePaymentDTO {
  const update: UpdatePaymentDTO & { data?: Record<string, unknown> } = {
    id,
    data,
  }
  return update
}
