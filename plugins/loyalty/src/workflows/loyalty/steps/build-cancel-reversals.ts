import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { LedgerEntryInput } from "../../../modules/loyalty/types"

export const buildCancelReversalsStepId = "loyalty-build-cancel-reversals-step"

/**
 * For a canceled order: take back what it earned and has not given back yet
 * (the ledger caps it under the account lock), and return the points the
 * order's cart redeemed. Read-only.
 */
export const buildCancelReversalsStep = createStep(
  buildCancelReversalsStepId,
  async (
    input: { order_id: string; cart_id: string | null },
    { container }
  ) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const [earned, redeemed] = await Promise.all([
      service.listLoyaltyTransactions(
        { order_id: input.order_id, type: "earn" },
        { select: ["customer_id", "points"] }
      ),
      input.cart_id
        ? service.listLoyaltyTransactions(
            { source_type: "cart", source_id: input.cart_id, type: "redeem" },
            { select: ["customer_id", "points", "currency_code", "amount"] }
          )
        : Promise.resolve([]),
    ])
    const customer_id =
      earned[0]?.customer_id ?? redeemed[0]?.customer_id ?? null
    const entries: LedgerEntryInput[] = []
    const earnedTotal = earned.reduce((s, r) => s + Number(r.points), 0)
    if (earnedTotal > 0) {
      entries.push({
        type: "reverse",
        points: -earnedTotal,
        source_type: "order_cancel",
        source_id: input.order_id,
        order_id: input.order_id,
        clamp: true,
        reason: "Order canceled",
      })
    }
    const redeemedTotal = redeemed.reduce((s, r) => s - Number(r.points), 0)
    if (redeemedTotal > 0) {
      entries.push({
        type: "reverse",
        points: redeemedTotal,
        source_type: "redeem_return",
        source_id: input.order_id,
        order_id: input.order_id,
        currency_code: redeemed[0].currency_code,
        reason: "Order canceled: redeemed points returned",
      })
    }
    return new StepResponse({ customer_id, entries })
  }
)
