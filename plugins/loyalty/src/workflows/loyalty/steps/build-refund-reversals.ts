import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MathBN } from "@medusajs/framework/utils"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import { floorPoints } from "../../../modules/loyalty/program"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { LedgerEntryInput } from "../../../modules/loyalty/types"
import type { PaymentForPoints } from "../types"

export const buildRefundReversalsStepId = "loyalty-build-refund-reversals-step"

/**
 * One reversal per refund of the payment (keyed by the refund id), in
 * proportion to the captured amount: after refunds r1..rk the order has
 * given back floor(earned × (r1+…+rk) / captured), so a full refund in parts
 * gives back exactly what was earned. Read-only.
 */
export const buildRefundReversalsStep = createStep(
  buildRefundReversalsStepId,
  async ({ payment }: { payment: PaymentForPoints }, { container }) => {
    const none = {
      customer_id: null as string | null,
      entries: [] as LedgerEntryInput[],
    }
    if (!payment.customer_id || !payment.order_id || !payment.refunds.length) {
      return new StepResponse(none)
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const earnedRows = await service.listLoyaltyTransactions(
      { order_id: payment.order_id, type: "earn", source_type: "capture" },
      { select: ["points", "metadata"] }
    )
    const earned = earnedRows
      .filter((r) => r.metadata?.payment_id === payment.id)
      .reduce((s, r) => s + Number(r.points), 0)
    const captured = MathBN.sum(0, ...payment.captures.map((c) => c.amount))
    if (earned <= 0 || MathBN.lte(captured, 0)) {
      return new StepResponse(none)
    }
    const refunds = [...payment.refunds].sort(
      (a, b) =>
        new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
        a.id.localeCompare(b.id)
    )
    let refunded = MathBN.convert(0)
    let given = 0
    const entries: LedgerEntryInput[] = refunds.map((refund) => {
      refunded = MathBN.add(refunded, refund.amount)
      const target = Math.min(
        earned,
        floorPoints(MathBN.div(MathBN.mult(earned, refunded), captured))
      )
      const points = target - given
      given = target
      return {
        type: "reverse",
        points: -points,
        source_type: "refund",
        source_id: refund.id,
        order_id: payment.order_id,
        currency_code: payment.currency_code,
        amount: refund.amount.toString(),
        clamp: true,
        metadata: { payment_id: payment.id },
      }
    })
    return new StepResponse({ customer_id: payment.customer_id, entries })
  }
)
