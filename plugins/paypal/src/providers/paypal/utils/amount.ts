import type { BigNumberInput } from "@medusajs/framework/types"
import { BigNumber, MathBN } from "@medusajs/framework/utils"

/**
 * PayPal amounts are decimal strings with exactly as many decimals as the
 * currency allows ("10.00" USD, "1000" JPY). PayPal's currency-codes
 * reference lists HUF, JPY and TWD as currencies without decimals in API
 * amounts. Medusa keeps BigNumber major units; conversion happens only here.
 */
const ZERO_DECIMAL_CURRENCIES = new Set(["huf", "jpy", "twd"])

const PAYPAL_AMOUNT = /^\d{1,32}(\.\d{1,2})?$/

/** Number of decimals PayPal accepts for the currency. */
export function paypalCurrencyExponent(currencyCode: string): number {
  return ZERO_DECIMAL_CURRENCIES.has(currencyCode.toLowerCase()) ? 0 : 2
}

/** Medusa amount → PayPal `value` string, half-up to the currency's exponent. */
export function toPayPalAmount(
  amount: BigNumberInput,
  currencyCode: string
): string {
  const exponent = paypalCurrencyExponent(currencyCode)
  const value = MathBN.convert(amount, exponent)
  if (!value.isFinite() || value.isNegative()) {
    throw new Error(
      `Amount ${String(amount)} ${currencyCode} cannot be sent to PayPal.`
    )
  }
  return value.toFixed(exponent)
}

/** PayPal `value` string → Medusa BigNumber, or null when malformed. */
export function fromPayPalAmount(raw: string): BigNumber | null {
  const value = raw.trim()
  if (!PAYPAL_AMOUNT.test(value)) {
    return null
  }
  return new BigNumber(value)
}

/** Whether PayPal's amount equals the Medusa amount in PayPal's precision. */
export function paypalAmountMatches(
  raw: string,
  amount: BigNumberInput,
  currencyCode: string
): boolean {
  const received = fromPayPalAmount(raw)
  if (!received) {
    return false
  }
  return MathBN.eq(
    received,
    MathBN.convert(amount, paypalCurrencyExponent(currencyCode))
  )
}
