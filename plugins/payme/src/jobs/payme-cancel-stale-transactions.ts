import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  PAYME_MODULE,
  PAYME_TIMEOUT_MS,
  PaymeReason,
  PaymeState,
  paymeLockKey,
} from "../modules/payme"
import type PaymeModuleService from "../modules/payme/service"
import { paymeCancelCreatedTransactionWorkflow } from "../workflows/payme"

const PAGE = 100

/**
 * The 12-hour rule (spec §1.7): cancels (state -1, reason 4) every created
 * Payme transaction whose Payme `time` is 12 hours old or more, so that the
 * cart can be paid again. Payme itself would refuse to perform it.
 */
export default async function paymeCancelStaleTransactions(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
  const locking = container.resolve(Modules.LOCKING)
  const cutoff = new Date(Date.now() - PAYME_TIMEOUT_MS)

  let cancelled = 0
  let failed = 0
  let lastId: string | undefined
  for (;;) {
    const batch = await payme.listPaymeTransactions(
      {
        state: PaymeState.CREATED,
        payme_time: { $lte: cutoff },
        ...(lastId ? { id: { $gt: lastId } } : {}),
      },
      {
        take: PAGE,
        order: { id: "ASC" },
        select: ["id", "cart_id", "payme_id"],
      }
    )
    if (!batch.length) {
      break
    }
    for (const tx of batch) {
      try {
        // Same lock as the callbacks: never races a PerformTransaction.
        const { result } = await locking.execute(
          paymeLockKey(tx.cart_id),
          () =>
            paymeCancelCreatedTransactionWorkflow(container).run({
              input: {
                id: tx.id,
                reason: PaymeReason.TIMEOUT,
                cancel_time: Date.now(),
              },
            }),
          { timeout: 30 }
        )
        if (result) {
          cancelled++
        }
      } catch (error) {
        failed++
        logger.error(
          `[payme] could not cancel stale transaction ${tx.id} (Payme ${tx.payme_id}): ${(error as Error).message}`
        )
      }
    }
    lastId = batch[batch.length - 1].id
  }
  if (cancelled || failed) {
    logger.info(
      `[payme] stale transactions: ${cancelled} cancelled with reason 4, ${failed} failed`
    )
  }
  return { cancelled, failed }
}

export const config = {
  name: "payme-cancel-stale-transactions",
  schedule: "*/10 * * * *",
}
