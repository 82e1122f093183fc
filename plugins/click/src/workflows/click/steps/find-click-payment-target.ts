import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ClickError, clickMedusaError } from "../errors"

/** The Click payment provider's id as the app registers it (`id: "click"`). */
export const CLICK_PROVIDER_ID = "pp_click_click"

export const findClickPaymentTargetStepId = "click-find-payment-target-step"

export type FindClickPaymentTargetStepInput = {
  /** What Click echoes as merchant_trans_id: a Click payment session id. */
  merchant_trans_id: string
}

export type ClickPaymentTarget = {
  session: {
    id: string
    status: string
    amount: number
    currency_code: string
    payment_collection_id: string
  }
  cart: { id: string; completed_at: string | Date | null }
}

/**
 * Resolves Click's merchant_trans_id to the payment session and its cart.
 * Throws NOT_FOUND carrying -5 (user does not exist) when either is missing
 * or the session is not a Click one.
 */
export const findClickPaymentTargetStep = createStep(
  findClickPaymentTargetStepId,
  async (input: FindClickPaymentTargetStepInput, { container }) => {
    const notFound = () =>
      clickMedusaError(
        "NOT_FOUND",
        ClickError.USER_DOES_NOT_EXIST,
        `No Click payment session ${input.merchant_trans_id} with a cart.`
      )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [session],
    } = await query.graph({
      entity: "payment_session",
      fields: [
        "id",
        "status",
        "amount",
        "currency_code",
        "provider_id",
        "payment_collection_id",
      ],
      filters: { id: input.merchant_trans_id },
    })
    if (!session || session.provider_id !== CLICK_PROVIDER_ID) {
      throw notFound()
    }
    const {
      data: [link],
    } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: session.payment_collection_id },
    })
    if (!link?.cart_id) {
      throw notFound()
    }
    const {
      data: [cart],
    } = await query.graph({
      entity: "cart",
      fields: ["id", "completed_at"],
      filters: { id: link.cart_id },
    })
    if (!cart) {
      throw notFound()
    }
    const target: ClickPaymentTarget = {
      session: {
        id: session.id,
        status: session.status,
        amount: session.amount as number,
        currency_code: session.currency_code,
        payment_collection_id: session.payment_collection_id,
      },
      cart: { id: cart.id, completed_at: cart.completed_at ?? null },
    }
    return new StepResponse(target)
  }
)
