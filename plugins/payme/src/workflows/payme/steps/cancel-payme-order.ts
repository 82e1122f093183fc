import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CancelPaymeOrderStepInput = {
  order_id: string
  payment_id: string
}

export const cancelPaymeOrderStepId = "payme-cancel-order-step"

/**
 * Payme returned the money (CancelTransaction of a performed transaction):
 * cancels the order with Medusa's own `cancelOrderWorkflow`, which records
 * the full refund on the captured payment (`refundPaymentsWorkflow`),
 * releases the reservations and cancels the payment collection. Irreversible
 * (Payme has already refunded), so it runs last but one. Returns the refund id.
 */
export const cancelPaymeOrderStep = createStep(
  cancelPaymeOrderStepId,
  async (input: CancelPaymeOrderStepInput, { container }) => {
    await cancelOrderWorkflow(container).run({
      input: { order_id: input.order_id },
    })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: refunds } = await query.graph({
      entity: "refund",
      fields: ["id", "created_at"],
      filters: { payment_id: input.payment_id },
    })
    const latest = [...refunds].sort(
      (a, b) =>
        new Date(b.created_at).getTime() - new Date(a.created_at).getTime()
    )[0]
    return new StepResponse((latest?.id as string | undefined) ?? null)
  }
)
