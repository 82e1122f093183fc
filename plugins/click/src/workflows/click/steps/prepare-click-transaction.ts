import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CLICK_MODULE } from "../../../modules/click"
import type ClickModuleService from "../../../modules/click/service"
import type { PrepareClickTransactionInput } from "../../../modules/click/types"

export const prepareClickTransactionStepId = "click-prepare-transaction-step"

/**
 * Stores a Click Prepare attempt, or returns the one stored for the same
 * `click_trans_id` (unique index; concurrent duplicates get the same row).
 */
export const prepareClickTransactionStep = createStep(
  prepareClickTransactionStepId,
  async (input: PrepareClickTransactionInput, { container }) => {
    const click: ClickModuleService = container.resolve(CLICK_MODULE)
    const { transaction, created } = await click.prepareTransaction(input)
    return new StepResponse(transaction, created ? transaction.id : undefined)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const click: ClickModuleService = container.resolve(CLICK_MODULE)
    await click.deleteClickTransactions(createdId)
  }
)
