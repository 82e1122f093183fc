import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type { PaymeFiscalType } from "../../../modules/payme/types"
import type PaymeModuleService from "../../../modules/payme/service"

export type SetPaymeFiscalDataStepInput = {
  id: string
  type: PaymeFiscalType
  fiscal_data: Record<string, unknown>
}

export const setPaymeFiscalDataStepId = "payme-set-fiscal-data-step"

/** Stores the fiscal receipt Payme sends for the PERFORM or CANCEL receipt. */
export const setPaymeFiscalDataStep = createStep(
  setPaymeFiscalDataStepId,
  async (input: SetPaymeFiscalDataStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const current = await payme.retrievePaymeTransaction(input.id, {
      select: ["id", "fiscal_data"],
    })
    const previous = (current.fiscal_data ?? null) as Record<
      string,
      unknown
    > | null
    const updated = await payme.updatePaymeTransactions({
      id: input.id,
      fiscal_data: { ...(previous ?? {}), [input.type]: input.fiscal_data },
    })
    return new StepResponse(updated, { id: input.id, fiscal_data: previous })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    await payme.updatePaymeTransactions(previous)
  }
)
