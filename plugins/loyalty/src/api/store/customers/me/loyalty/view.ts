import type { MedusaContainer } from "@medusajs/framework/types"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import { tierFor } from "../../../../../modules/loyalty/program"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"
import { defaultLoyaltyTransactionFields } from "./query-config"

/**
 * A customer's loyalty account as the Store and Admin APIs show it: balance,
 * tier, progress to the next tier, points expiring soon and a page of the
 * ledger (newest first).
 */
export async function loyaltyView(
  scope: MedusaContainer,
  customer_id: string,
  page: { offset: number; limit: number }
) {
  const service: LoyaltyModuleService = scope.resolve(LOYALTY_MODULE)
  // One account row and one page of the ledger: the count is the account's
  // snapshot, not a count of the ledger (issue #17). A page past the first
  // waits for that count, so that one in the older half is read from the
  // oldest entry (the last page costs what the first does).
  const ledgerPage = (total?: number) =>
    service.listLedgerPage(customer_id, {
      select: defaultLoyaltyTransactionFields,
      ...page,
      total,
    })
  const summaryRead = service.getSummary(customer_id)
  const [summary, transactions] = await Promise.all([
    summaryRead,
    page.offset === 0
      ? ledgerPage()
      : summaryRead.then((s) => ledgerPage(s.entry_count)),
  ])
  const options = summary.settings
  const tier =
    options.tiers.find((t) => t.name === summary.tier) ?? options.tiers[0]
  const { next } = tierFor(tier.threshold, options.tiers)
  return {
    loyalty: {
      customer_id,
      balance: summary.balance,
      tier: tier.name,
      tier_multiplier: tier.multiplier,
      earned_in_window: summary.earned_in_window,
      tier_window_months: options.tierWindowMonths,
      next_tier: next
        ? {
            name: next.name,
            threshold: next.threshold,
            points_needed: Math.max(
              0,
              next.threshold - summary.earned_in_window
            ),
            progress: Math.min(
              1,
              Math.max(0, summary.earned_in_window / next.threshold)
            ),
          }
        : null,
      expiry_months: options.expiryMonths,
      expiry_notice_days: options.expiryNoticeDays,
      expiring_soon: {
        points: summary.expiring_soon.points,
        before: summary.expiring_soon.before,
        first_expires_at: summary.expiring_soon.first_expires_at,
      },
    },
    transactions,
    count: summary.entry_count,
    offset: page.offset,
    limit: page.limit,
  }
}
