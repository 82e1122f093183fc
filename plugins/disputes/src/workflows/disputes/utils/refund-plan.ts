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
  /** The most that one payment can still refund. */
  refundable_by_one: string
  /** What will be refunded: the amount asked, or everything refundable. */
  amount: string
  /**
   * The one payment that refunds it all, or null when no single payment has
   * that much left (the refund is then refused before anything is refunded).
   */
  allocation: { payment_id: string; amount: string } | null
}

/**
 * Picks the payment that refunds a dispute: the first of the order's
 * payments (in order) whose captured-and-not-refunded amount covers the
 * whole refund. A refund is never split over several payments: a provider
 * refund cannot be undone, so a second refund failing after a first one
 * succeeded would leave half a decision. Amounts are major units.
 */
export function planRefund(
  payments: OrderPaymentView[],
  amount?: BigNumberInput | null
): RefundPlan {
  const available = payments.map((p) => ({
    payment_id: p.id,
    left: MathBN.sub(sum(p.captures), sum(p.refunds)),
  }))
  const positive = available.filter((p) => MathBN.gt(p.left, 0))
  const refundable = positive.reduce<BN>(
    (acc, p) => MathBN.add(acc, p.left),
    MathBN.convert(0)
  )
  const refundableByOne = positive.reduce<BN>(
    (acc, p) => (MathBN.gt(p.left, acc) ? p.left : acc),
    MathBN.convert(0)
  )
  const wanted = MathBN.convert(amount ?? refundable)
  const payer = MathBN.gt(wanted, 0)
    ? positive.find((p) => MathBN.gte(p.left, wanted))
    : undefined
  return {
    refundable: refundable.toString(),
    refundable_by_one: refundableByOne.toString(),
    amount: wanted.toString(),
    allocation: payer
      ? { payment_id: payer.payment_id, amount: wanted.toString() }
      : null,
  }
}
