import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"

export const refundDisputePaymentsStepId = "disputes-refund-payments-step"

export type RefundDisputePaymentsStepInput = {
  allocations: { payment_id: string; amount: string }[]
  created_by?: string | null
  note?: string | null
}

/**
 * Refunds through Medusa's own refund workflow (the one behind
 * `POST /admin/payments/:id/refund`), so the payment provider refunds and
 * Medusa records the refund and the order transaction. Irreversible: it runs
 * last and has no compensation. A refusal throws, which reverts the
 * dispute's transition.
 */
export const refundDisputePaymentsStep = createStep(
  refundDisputePaymentsStepId,
  async (input: RefundDisputePaymentsStepInput, { container }) => {
    const refunded: string[] = []
    for (const allocation of input.allocations) {
      await refundPaymentWorkflow(container).run({
        input: {
          payment_id: allocation.payment_id,
          amount: allocation.amount,
          created_by: input.created_by ?? undefined,
          note: input.note ?? undefined,
        },
      })
      refunded.push(allocation.payment_id)
    }
    return new StepResponse(refunded)
  }
)
