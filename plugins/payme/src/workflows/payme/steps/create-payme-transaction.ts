import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"

export type CreatePaymeTransactionStepInput = {
  payme_id: string
  /** Payme `time`, epoch ms. */
  payme_time: number
  amount: number
  account: Record<string, unknown>
  /** Epoch ms. */
  create_time: number
  payment_session_id: string
  payment_collection_id: string
  cart_id: string
}

export const createPaymeTransactionStepId = "payme-create-transaction-step"

/**
 * Inserts a Payme transaction in state 1. The unique indexes on the Payme id
 * and on the cart's live transaction make a concurrent duplicate fail here.
 */
export const createPaymeTransactionStep = createStep(
  createPaymeTransactionStepId,
  async (input: CreatePaymeTransactionStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const created = await payme.createPaymeTransactions({
      ...input,
      payme_time: new Date(input.payme_time),
      create_time: new Date(input.create_time),
      state: 1,
    })
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    await payme.deletePaymeTransactions(id)
  }
)
