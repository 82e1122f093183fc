import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { OrderPaymentView } from "../types"

type BN = ReturnType<typeof MathBN.convert>

const sum = (rows: OrderPaymentView["captures"]) =>
  (rows ?? []).reduce<BN>(
    (acc, row) =>
      MathBN.add(
        acc,
        ((row?.raw_amount ?? row?.amount ?? 0) as BigNumberInput) || 0
      ),
    MathBN.convert(0)
  )

export type RefundPlan = {
  /** Captured and not yet refunded, over all the order's payments. */
  refundable: string
  /** What will be refunded: the amount asked, or everything refundable. */
  amount: string
  allocations: { payment_id: string; amount: string }[]
}

/**
 * Splits a refund over the order's payments, each up to what it has captured
 * and not refunded yet (in payment order). Amounts are major units.
 */
export function planRefund(
  payments: OrderPaymentView[],
  amount?: BigNumberInput | null
): RefundPlan {
  const available = payments.map((p) => ({
    payment_id: p.id,
    left: MathBN.sub(sum(p.captures), sum(p.refunds)),
  }))
  const refundable = available.reduce<BN>(
    (acc, p) => (MathBN.gt(p.left, 0) ? MathBN.add(acc, p.left) : acc),
    MathBN.convert(0)
  )
  const wanted = MathBN.convert(amount ?? refundable)
  const allocations: RefundPlan["allocations"] = []
  let rest = wanted
  for (const p of available) {
    if (!MathBN.gt(rest, 0)) break
    if (!MathBN.gt(p.left, 0)) continue
    const take = MathBN.min(rest, p.left)
    allocations.push({ payment_id: p.payment_id, amount: take.toString() })
    rest = MathBN.sub(rest, take)
  }
  return {
    refundable: refundable.toString(),
    amount: wanted.toString(),
    allocations,
  }
}
