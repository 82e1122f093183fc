import { MathBN, MedusaError } from "@medusajs/framework/utils"
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

const invalid = (message: string) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** Throws for options that would make the program wrong. */
export function validateLoyaltyOptions(options: LoyaltyModuleOptions = {}) {
  const o = resolveOptions(options)
  for (const [code, rate] of Object.entries(o.earnRates)) {
    if (!(rate?.points >= 0) || !(rate?.per > 0)) {
      throw invalid(
        `Option \`earnRates.${code}\` needs points >= 0 and per > 0.`
      )
    }
  }
  for (const [code, value] of Object.entries(o.pointValues)) {
    if (!(typeof value === "number" && value > 0)) {
      throw invalid(`Option \`pointValues.${code}\` must be a positive number.`)
    }
  }
  if (!(o.maxRedeemShare > 0 && o.maxRedeemShare <= 1)) {
    throw invalid("Option `maxRedeemShare` must be > 0 and <= 1.")
  }
  if (!o.tiers.length || o.tiers[0].threshold !== 0) {
    throw invalid("Option `tiers` needs a first tier with threshold 0.")
  }
  for (const t of o.tiers) {
    if (!t.name || !Number.isInteger(t.threshold) || !(t.multiplier > 0)) {
      throw invalid(
        "Option `tiers` entries need a name, an integer threshold and a multiplier > 0."
      )
    }
  }
  for (const key of [
    "tierWindowMonths",
    "expiryMonths",
    "expiryNoticeDays",
  ] as const) {
    if (!Number.isInteger(o[key]) || o[key] < 0) {
      throw invalid(`Option \`${key}\` must be a non-negative integer.`)
    }
  }
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

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime())
  d.setUTCMonth(d.getUTCMonth() + months)
  return d
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
