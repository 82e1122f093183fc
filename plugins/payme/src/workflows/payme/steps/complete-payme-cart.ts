import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CompletePaymeCartStepInput = {
  cart_id: string
  payment_session_id: string
}

export const completePaymeCartStepId = "payme-complete-cart-step"

/**
 * Completes the cart into an order with Medusa's own `completeCartWorkflow`,
 * which authorises the (marked) Payme session; the provider answers
 * "captured", so the payment is captured too. Idempotent: a completed cart
 * returns its order. Irreversible once it succeeded, so it runs last but one.
 */
export const completePaymeCartStep = createStep(
  completePaymeCartStepId,
  async (input: CompletePaymeCartStepInput, { container }) => {
    const { result } = await completeCartWorkflow(container).run({
      input: { id: input.cart_id },
    })
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: payments } = await query.graph({
      entity: "payment",
      fields: ["id", "captured_at"],
      filters: { payment_session_id: input.payment_session_id },
    })
    return new StepResponse({
      order_id: result.id,
      payment_id: payments[0]?.id ?? null,
    })
  }
)
