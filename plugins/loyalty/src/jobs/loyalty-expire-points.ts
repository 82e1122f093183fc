import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../modules/loyalty"
import type LoyaltyModuleService from "../modules/loyalty/service"
import { expireLoyaltyPointsWorkflow } from "../workflows/loyalty/expire-loyalty-points"

const BATCH = 200
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Writes expiry entries for points past their date (oldest first) and emits
 * the notice `expiryNoticeDays` ahead, customer by customer. The run key is
 * the day, so running twice in a day expires nothing twice.
 */
export default async function loyaltyExpirePoints(
  container: MedusaContainer,
  at: Date = new Date()
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
  const { expiryMonths, expiryNoticeDays } = await service.getSettings()
  const result = { customers: 0, expired: 0, notices: 0, failed: 0 }
  if (!expiryMonths) {
    return result
  }
  const until = new Date(at.getTime() + expiryNoticeDays * DAY_MS)
  const run_key = at.toISOString().slice(0, 10)
  for (let offset = 0; ; offset += BATCH) {
    const customers = await service.listCustomersWithCreditsDue(until, {
      limit: BATCH,
      offset,
    })
    for (const customer_id of customers) {
      try {
        const { result: r } = await expireLoyaltyPointsWorkflow(container).run({
          input: { customer_id, at, run_key },
        })
        result.expired -= r.posted.created.reduce((s, c) => s + c.points, 0)
        result.notices += r.notice ? 1 : 0
      } catch (e) {
        result.failed += 1
        logger.error(
          `[loyalty] expiry failed for customer ${customer_id}: ${(e as Error).message}`
        )
      }
    }
    result.customers += customers.length
    if (customers.length < BATCH) break
  }
  logger.info(
    `[loyalty] expiry run ${run_key}: ${result.customers} customers, ${result.expired} points expired, ${result.notices} notices, ${result.failed} failed`
  )
  return result
}

export const config = {
  name: "loyalty-expire-points",
  schedule: "30 2 * * *",
}
