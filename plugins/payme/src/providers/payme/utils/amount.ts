import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

// bignumber.js rounding mode ROUND_HALF_UP.
const ROUND_HALF_UP = 4

/**
 * So'm (Medusa's major-unit BigNumber) → tiyin, the integer Payme sends and
 * receives (spec §1.3: tiyin = round(UZS × 100)). No floats on the way.
 */
export function toTiyin(amount: BigNumberInput): number {
  const tiyin = MathBN.mult(amount, 100).toFixed(0, ROUND_HALF_UP)
  const value = Number(tiyin)
  if (!Number.isSafeInteger(value) || String(value) !== tiyin) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Amount ${tiyin} tiyin is out of range for Payme.`
    )
  }
  return value
}

/** Tiyin → so'm as a decimal string ("150000", "1500.5"), exact. */
export function fromTiyin(tiyin: number | string): string {
  return MathBN.div(tiyin, 100).toFixed()
}

/** True when `value` is a positive integer amount in tiyin (spec §1.3 Amount). */
export function isTiyin(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0
}

/** Exact comparison of a Payme amount (tiyin) with a Medusa amount (so'm). */
export function tiyinEquals(tiyin: number, amount: BigNumberInput): boolean {
  return MathBN.eq(MathBN.convert(tiyin), MathBN.mult(amount, 100))
}
