import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"

export const refundDisputePaymentsStepId = "disputes-refund-payments-step"

export type RefundDisputePaymentsStepInput = {
  /** The one payment that refunds the whole amount (see `planRefund`). */
  allocation: { payment_id: string; amount: string }
  created_by?: string | null
  note?: string | null
}

/**
 * Refunds through Medusa's own refund workflow (the one behind
 * `POST /admin/payments/:id/refund`), so the payment provider refunds and
 * Medusa records the refund and the order transaction. One payment, one
 * provider refund: it either happens or not, never in part. Irreversible: it
 * runs last and has no compensation. A refusal throws, which reverts the
 * dispute's transition.
 */
export const refundDisputePaymentsStep = createStep(
  refundDisputePaymentsStepId,
  async (input: RefundDisputePaymentsStepInput, { container }) => {
    await refundPaymentWorkflow(container).run({
      input: {
        payment_id: input.allocation.payment_id,
        amount: input.allocation.amount,
        created_by: input.created_by ?? undefined,
        note: input.note ?? undefined,
      },
    })
    return new StepResponse(input.allocation.payment_id)
  }
)
