import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { recomputeLoyaltyTierWorkflow } from "../workflows/loyalty/recompute-loyalty-tier"

const BATCH = 200

/**
 * Recomputes every account's tier, so points leaving the 12-month window move
 * customers down (keyset pagination on the account id).
 */
export default async function loyaltyRecomputeTiers(
  container: MedusaContainer,
  at: Date = new Date()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const result = { accounts: 0, changed: 0, failed: 0 }
  let after = ""
  for (;;) {
    const batch = await service.listLoyaltyAccounts(
      { id: { $gt: after } },
      { select: ["id", "customer_id"], order: { id: "ASC" }, take: BATCH }
    )
    if (!batch.length) break
    after = batch[batch.length - 1].id
    for (const account of batch) {
      try {
        const { result: r } = await recomputeLoyaltyTierWorkflow(container).run(
          { input: { customer_id: account.customer_id, at } }
        )
        result.changed += r.from !== r.to ? 1 : 0
      } catch (e) {
        result.failed += 1
        logger.error(
          `[loyalty] tier recompute failed for customer ${account.customer_id}: ${(e as Error).message}`
        )
      }
    }
    result.accounts += batch.length
  }
  logger.info(
    `[loyalty] tiers recomputed: ${result.accounts} accounts, ${result.changed} changed, ${result.failed} failed`
  )
  return result
}

export const config = {
  name: "loyalty-recompute-tiers",
  schedule: "45 2 * * *",
}
