import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_MODULE } from "../../../modules/click"
import type ClickModuleService from "../../../modules/click/service"
import {
  type ClickConfirmation,
  clickConfirmationProof,
} from "../../../providers/click/utils/signature"
import type { ClickCompleteAttempt } from "./validate-click-complete"

export const buildClickConfirmationStepId = "click-build-confirmation-step"

export type BuildClickConfirmationStepInput = {
  attempt: ClickCompleteAttempt
  click_paydoc_id: string
}

/**
 * What the confirm workflow attaches to the payment session, with its proof
 * signed by the plugin's secret key (checked by the provider's
 * authorizePayment). Computes only; nothing to compensate.
 */
export const buildClickConfirmationStep = createStep(
  buildClickConfirmationStepId,
  async (input: BuildClickConfirmationStepInput, { container }) => {
    const click: ClickModuleService = container.resolve(CLICK_MODULE)
    const options = click.getOptions()
    if (!options) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Click is not configured on this store."
      )
    }
    const { attempt } = input
    const confirmation: ClickConfirmation = {
      click_trans_id: attempt.click_trans_id,
      click_paydoc_id: input.click_paydoc_id,
      merchant_prepare_id: attempt.prepare_id,
      amount: attempt.amount,
    }
    return new StepResponse({
      confirmation,
      proof: clickConfirmationProof(
        attempt.payment_session_id,
        confirmation,
        options.secret_key
      ),
    })
  }
)
