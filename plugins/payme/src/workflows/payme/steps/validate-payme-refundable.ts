import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { paymeMedusaError } from "../errors"

export type ValidatePaymeRefundableStepInput = {
  order_id: string | null
  payment_id: string | null
}

export const validatePaymeRefundableStepId = "payme-validate-refundable-step"

/**
 * A performed transaction can be refunded only while its order has no
 * fulfillment (spec §6.4); otherwise Payme gets -31007.
 */
export const validatePaymeRefundableStep = createStep(
  validatePaymeRefundableStepId,
  async (input: ValidatePaymeRefundableStepInput, { container }) => {
    if (!input.order_id || !input.payment_id) {
      throw paymeMedusaError(
        "NOT_ALLOWED",
        "CANNOT_CANCEL",
        `Payme transaction has no order or payment to refund (order ${input.order_id}).`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "status", "fulfillments.id", "fulfillments.canceled_at"],
      filters: { id: input.order_id },
    })
    const fulfilled = (order?.fulfillments ?? []).some(
      (f: { canceled_at?: unknown } | null) => f && !f.canceled_at
    )
    if (!order || fulfilled || order.status === "completed") {
      throw paymeMedusaError(
        "NOT_ALLOWED",
        "CANNOT_CANCEL",
        `Order ${input.order_id} is fulfilled; its Payme payment cannot be refunded.`
      )
    }
  }
)
