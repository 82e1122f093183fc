import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_MODULE } from "../../../modules/click"
import type ClickModuleService from "../../../modules/click/service"
import type { ClickTransactionStatus } from "../../../modules/click/types"

export const transitionClickTransactionStepId =
  "click-transition-transaction-step"

export type TransitionClickTransactionStepInput = {
  id: string
  from: ClickTransactionStatus
  to: ClickTransactionStatus
  order_id?: string | null
  click_error?: number | null
  click_error_note?: string | null
}

/**
 * Moves a Click transaction from one status to another with a conditional
 * UPDATE. Throws CONFLICT when a concurrent request moved it first, so only
 * one of several identical callbacks changes anything. The compensation
 * moves it back.
 */
export const transitionClickTransactionStep = createStep(
  transitionClickTransactionStepId,
  async (input: TransitionClickTransactionStepInput, { container }) => {
    const click: ClickModuleService = container.resolve(CLICK_MODULE)
    const { id, from, to, ...fields } = input
    const updated = await click.transitionTransaction(id, from, to, fields)
    if (!updated) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `Click transaction ${id} is no longer ${from}.`
      )
    }
    return new StepResponse(updated, { id, from, to })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const click: ClickModuleService = container.resolve(CLICK_MODULE)
    await click.transitionTransaction(undo.id, undo.to, undo.from, {
      order_id: null,
    })
  }
)
