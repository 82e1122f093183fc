import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_MODULE } from "../../../modules/click"
import type ClickModuleService from "../../../modules/click/service"
import {
  clickAmountMatches,
  toClickAmount,
} from "../../../providers/click/utils/amount"
import { ClickError, clickMedusaError } from "../errors"
import type { ClickPaymentTarget } from "./find-click-payment-target"

export const validateClickCompleteStepId = "click-validate-complete-step"

export type ValidateClickCompleteStepInput = {
  click_trans_id: string
  merchant_trans_id: string
  merchant_prepare_id: number
  /** The amount as Click sent it ("N" or "N.NN"). */
  amount: string
  target: ClickPaymentTarget
}

/** The prepared attempt a Complete is about, in plain values. */
export type ClickCompleteAttempt = {
  id: string
  prepare_id: number
  click_trans_id: string
  cart_id: string
  payment_session_id: string
  /** The attempt's amount in Click's format, "N.NN". */
  amount: string
}

/**
 * The Complete checks after the target lookup, in the spec's order (§2.3):
 * the prepared attempt exists for these ids (-6), is not paid (-4), the
 * amount matches (-2), it is not cancelled (-9). Returns the attempt.
 */
export const validateClickCompleteStep = createStep(
  validateClickCompleteStepId,
  async (input: ValidateClickCompleteStepInput, { container }) => {
    const click: ClickModuleService = container.resolve(CLICK_MODULE)
    const [tx] = Number.isSafeInteger(input.merchant_prepare_id)
      ? await click.listClickTransactions(
          { prepare_id: input.merchant_prepare_id },
          { take: 1 }
        )
      : []
    if (
      !tx ||
      tx.click_trans_id !== input.click_trans_id ||
      tx.merchant_trans_id !== input.merchant_trans_id
    ) {
      throw clickMedusaError(
        "NOT_FOUND",
        ClickError.TRANSACTION_DOES_NOT_EXIST,
        `No prepared Click attempt ${input.merchant_prepare_id} for click_trans_id ${input.click_trans_id}.`
      )
    }
    if (tx.status === "confirmed" || tx.status === "confirming") {
      throw clickMedusaError(
        "NOT_ALLOWED",
        ClickError.ALREADY_PAID,
        `Click transaction ${tx.id} is already paid.`
      )
    }
    if (
      !clickAmountMatches(input.amount, tx.amount) ||
      !clickAmountMatches(input.amount, input.target.session.amount)
    ) {
      throw clickMedusaError(
        "INVALID_DATA",
        ClickError.INCORRECT_AMOUNT,
        `Click amount ${input.amount} does not match Click transaction ${tx.id}.`
      )
    }
    if (tx.status === "cancelled") {
      throw clickMedusaError(
        "NOT_ALLOWED",
        ClickError.TRANSACTION_CANCELLED,
        `Click transaction ${tx.id} is cancelled.`
      )
    }
    const attempt: ClickCompleteAttempt = {
      id: tx.id,
      prepare_id: tx.prepare_id,
      click_trans_id: tx.click_trans_id,
      cart_id: tx.cart_id,
      payment_session_id: tx.payment_session_id,
      amount: toClickAmount(tx.amount),
    }
    return new StepResponse(attempt)
  }
)
