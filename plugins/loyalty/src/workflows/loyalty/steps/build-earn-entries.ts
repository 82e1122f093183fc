import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { pointsForAmount } from "../../../modules/loyalty/program"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { LedgerEntryInput } from "../../../modules/loyalty/types"
import type { PaymentForPoints } from "../types"

export const buildEarnEntriesStepId = "loyalty-build-earn-entries-step"

/**
 * One earn entry per capture of the payment (keyed by the capture id), at
 * the currency's rate times the customer's tier multiplier. Read-only.
 */
export const buildEarnEntriesStep = createStep(
  buildEarnEntriesStepId,
  async ({ payment }: { payment: PaymentForPoints }, { container }) => {
    if (!payment.customer_id || !payment.order_id) {
      return new StepResponse({
        customer_id: null as string | null,
        entries: [] as LedgerEntryInput[],
      })
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { tier, multiplier } = await service.getMultiplier(
      payment.customer_id
    )
    const options = await service.getSettings()
    const entries: LedgerEntryInput[] = payment.captures.map((capture) => ({
      type: "earn",
      points: pointsForAmount(
        capture.amount,
        payment.currency_code,
        options,
        multiplier
      ),
      source_type: "capture",
      source_id: capture.id,
      order_id: payment.order_id,
      currency_code: payment.currency_code,
      amount: capture.amount.toString(),
      metadata: { payment_id: payment.id, tier, multiplier },
    }))
    return new StepResponse({ customer_id: payment.customer_id, entries })
  }
)
