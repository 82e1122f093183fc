import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"

/**
 * Click speaks so'm as a decimal string with two decimals ("15000.00",
 * spec §2.8); Medusa keeps UZS as BigNumber major units. Both directions go
 * through these helpers only, with BigNumber arithmetic (never floats).
 */

const CLICK_AMOUNT = /^\d{1,15}(\.\d{1,6})?$/

/** Medusa amount → Click "N.NN" (half-up to the tiyin). */
export function toClickAmount(amount: BigNumberInput): string {
  const value = MathBN.convert(amount, 2)
  if (!value.isFinite() || value.isNegative()) {
    throw new Error(`Amount ${String(amount)} cannot be sent to Click.`)
  }
  return value.toFixed(2)
}

/**
 * Click amount string ("15000", "15000.0", "15000.00") → Medusa BigNumber,
 * or null when it is not a plain non-negative decimal. Extra decimals are
 * kept, so "15000.001" never equals 15000.
 */
export function fromClickAmount(raw: string): BigNumber | null {
  const value = raw.trim()
  if (!CLICK_AMOUNT.test(value)) {
    return null
  }
  return new BigNumber(value)
}

/**
 * Whether the amount Click sent equals the Medusa amount once both are in
 * Click's precision (two decimals). A malformed amount never matches.
 */
export function clickAmountMatches(raw: string, amount: BigNumberInput) {
  const received = fromClickAmount(raw)
  if (!received) {
    return false
  }
  return MathBN.eq(received, MathBN.convert(amount, 2))
}
