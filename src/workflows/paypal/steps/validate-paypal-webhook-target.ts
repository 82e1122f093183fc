import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { paypalAmountMatches } from "../../../modules/providers/paypal/utils/amount"

export const validatePayPalWebhookTargetStepId =
  "paypal-validate-webhook-target-step"

export const PAYPAL_PROVIDER_ID = "pp_paypal_paypal"

export type ValidatePayPalWebhookTargetStepInput = {
  session: {
    id: string
    provider_id: string
    amount: unknown
    currency_code: string
    data?: Record<string, unknown> | null
  }
  cart_id?: string | null
  paypal_order_id?: string | null
  /** PayPal amount string from the event (`resource.amount.value`). */
  amount?: string | null
  currency_code?: string | null
}

/**
 * Checks that a verified PayPal event belongs to this PayPal payment session:
 * a PayPal session of a cart, the same PayPal order, the same amount and
 * currency. Throws only.
 */
export const validatePayPalWebhookTargetStep = createStep(
  validatePayPalWebhookTargetStepId,
  async (input: ValidatePayPalWebhookTargetStepInput) => {
    const { session } = input
    if (session.provider_id !== PAYPAL_PROVIDER_ID) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Payment session ${session.id} is not a PayPal session.`
      )
    }
    if (!input.cart_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Payment session ${session.id} belongs to no cart.`
      )
    }
    const orderId = session.data?.paypal_order_id
    if (input.paypal_order_id && orderId !== input.paypal_order_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `PayPal order ${input.paypal_order_id} is not the order of payment session ${session.id}.`
      )
    }
    if (
      input.currency_code &&
      input.currency_code.toLowerCase() !== session.currency_code.toLowerCase()
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `PayPal paid in ${input.currency_code}; payment session ${session.id} is in ${session.currency_code}.`
      )
    }
    if (
      input.amount &&
      !paypalAmountMatches(
        input.amount,
        session.amount as number,
        session.currency_code
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `PayPal amount ${input.amount} does not match payment session ${session.id}.`
      )
    }
  }
)
