import { createStep } from "@medusajs/framework/workflows-sdk"
import { CLICK_MODULE } from "../../../modules/click"
import type ClickModuleService from "../../../modules/click/service"
import { clickAmountMatches } from "../../../providers/click/utils/amount"
import { ClickError, clickMedusaError } from "../errors"
import type { ClickPaymentTarget } from "./find-click-payment-target"

export const validateClickPrepareStepId = "click-validate-prepare-step"

export type ValidateClickPrepareStepInput = {
  click_trans_id: string
  merchant_trans_id: string
  /** The amount as Click sent it ("N" or "N.NN"). */
  amount: string
  /** Click's own `error` field: below 0 means Click gave the attempt up. */
  error: number
  target: ClickPaymentTarget
}

/**
 * The Prepare checks after the target lookup, in the spec's order (§2.2):
 * one attempt per cart (-8), not paid yet (-4), amount (-2), not cancelled
 * (-9). Only throws; a repeated Prepare of a stored attempt passes.
 */
export const validateClickPrepareStep = createStep(
  validateClickPrepareStepId,
  async (input: ValidateClickPrepareStepInput, { container }) => {
    const click: ClickModuleService = container.resolve(CLICK_MODULE)
    const { target } = input
    const [existing] = await click.listClickTransactions(
      { click_trans_id: input.click_trans_id },
      { take: 1 }
    )
    if (existing && existing.merchant_trans_id !== input.merchant_trans_id) {
      throw clickMedusaError(
        "INVALID_DATA",
        ClickError.ERROR_IN_REQUEST,
        `Click attempt ${input.click_trans_id} belongs to payment session ${existing.merchant_trans_id}, not ${input.merchant_trans_id}.`
      )
    }
    const [paid] = await click.listClickTransactions(
      { cart_id: target.cart.id, status: ["confirming", "confirmed"] },
      { take: 1 }
    )
    if (
      target.cart.completed_at ||
      paid ||
      ["authorized", "captured"].includes(target.session.status)
    ) {
      throw clickMedusaError(
        "NOT_ALLOWED",
        ClickError.ALREADY_PAID,
        `Cart ${target.cart.id} is already paid.`
      )
    }
    if (!clickAmountMatches(input.amount, target.session.amount)) {
      throw clickMedusaError(
        "INVALID_DATA",
        ClickError.INCORRECT_AMOUNT,
        `Click amount ${input.amount} does not match payment session ${target.session.id}.`
      )
    }
    if (existing?.status === "cancelled" || input.error < 0) {
      throw clickMedusaError(
        "NOT_ALLOWED",
        ClickError.TRANSACTION_CANCELLED,
        `Click attempt ${input.click_trans_id} is cancelled.`
      )
    }
  }
)
