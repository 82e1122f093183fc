import { addMonths, subMonths } from "date-fns"
import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import {
  DEFAULT_LOYALTY_OPTIONS,
  type LoyaltyModuleOptions,
  type ResolvedLoyaltyOptions,
  type TierDefinition,
} from "./types"

/** Whole part of a non-negative amount, as an integer number. */
export function floorPoints(value: BigNumberInput): number {
  const v = MathBN.convert(value)
  if (v.isNegative()) {
    return -floorPoints(v.negated().toString())
  }
  return MathBN.sub(v, MathBN.mod(v, 1)).toNumber()
}

/** The options with defaults filled in and currency codes in lower case. */
export function resolveOptions(
  options: LoyaltyModuleOptions = {}
): ResolvedLoyaltyOptions {
  const lower = <T>(r: Record<string, T>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]))
  const resolved = { ...DEFAULT_LOYALTY_OPTIONS }
  for (const [key, value] of Object.entries(options)) {
    if (value !== undefined) {
      ;(resolved as Record<string, unknown>)[key] = value
    }
  }
  resolved.earnRates = lower(resolved.earnRates)
  resolved.pointValues = lower(resolved.pointValues)
  resolved.tiers = [...resolved.tiers].sort((a, b) => a.threshold - b.threshold)
  return resolved
}

/** Points for a paid amount in a currency, with the tier multiplier (floored). */
export function pointsForAmount(
  amount: BigNumberInput,
  currency: string,
  options: ResolvedLoyaltyOptions,
  multiplier = 1
): number {
  const rate = options.earnRates[currency.toLowerCase()]
  if (!rate) {
    return 0
  }
  const base = floorPoints(
    MathBN.div(MathBN.mult(amount, rate.points), rate.per)
  )
  return floorPoints(MathBN.mult(base, multiplier))
}

/** The tier for points earned in the window, and the next one if any. */
export function tierFor(
  earned: number,
  tiers: TierDefinition[]
): { tier: TierDefinition; next: TierDefinition | null } {
  let index = 0
  tiers.forEach((t, i) => {
    if (earned >= t.threshold) index = i
  })
  return { tier: tiers[index], next: tiers[index + 1] ?? null }
}

/**
 * When a credit made at `from` expires: `months` later, on the month's last
 * day when it is shorter (31 January + 1 month = 28/29 February).
 */
export function expiryDate(from: Date, months: number): Date {
  return addMonths(from, months)
}

/** Start of the tier window ending at `at` (same end-of-month rule). */
export function tierWindowStart(at: Date, months: number): Date {
  return subMonths(at, months)
}

/**
 * Points that fall due by some date and are not expired yet, FIFO: debits use
 * the oldest credits first. `due` is the sum of credits expiring by then,
 * `debits` all non-expiry debits (positive), `expired` what expiry took.
 */
export function pointsToExpire(
  due: number,
  debits: number,
  expired: number
): number {
  return Math.max(0, due - debits - expired)
}
