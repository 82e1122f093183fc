import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import { paymeMedusaError } from "../errors"
import type { PaymeTransactionRow } from "./find-payme-transaction"

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
 * and on the cart's live transaction make a concurrent duplicate (another
 * instance) fail here: the same Payme id then answers from the winner's row,
 * another id gets -31008.
 */
export const createPaymeTransactionStep = createStep(
  createPaymeTransactionStepId,
  async (input: CreatePaymeTransactionStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    try {
      const created = await payme.createPaymeTransactions({
        ...input,
        payme_time: new Date(input.payme_time),
        create_time: new Date(input.create_time),
        state: 1,
      })
      logger.info(
        `[payme] CreateTransaction ${input.payme_id}: transaction ${created.id} for cart ${input.cart_id}`
      )
      return new StepResponse<PaymeTransactionRow, string | null>(
        created,
        created.id
      )
    } catch (error) {
      const [winner] = await payme.listPaymeTransactions({
        payme_id: input.payme_id,
      })
      if (winner) {
        // Not ours to delete on compensation.
        return new StepResponse<PaymeTransactionRow, string | null>(
          winner,
          null
        )
      }
      logger.warn(
        `[payme] CreateTransaction ${input.payme_id} for cart ${input.cart_id} refused: ${(error as Error).message}`
      )
      throw paymeMedusaError(
        "CONFLICT",
        "CANNOT_PERFORM",
        `Payme transaction ${input.payme_id} could not be created for cart ${input.cart_id}.`
      )
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    await payme.deletePaymeTransactions(id)
  }
)
