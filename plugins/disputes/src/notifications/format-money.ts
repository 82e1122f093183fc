import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { NotificationLocale } from "./types"

const CURRENCY_WORD: Record<NotificationLocale, string> = {
  uz: "so'm",
  ru: "сум",
  en: "UZS",
}

/**
 * `1325000` UZS → `1 325 000 so'm`; other currencies with two decimals and
 * the ISO code. The same format as the notifications plugin's `money`
 * values, for an amount inside a per-language sentence (the decision).
 */
export function formatMoney(
  amount: BigNumberInput,
  currency: string,
  locale: NotificationLocale
): string {
  const isUzs = currency.toLowerCase() === "uzs"
  const fixed = MathBN.convert(amount).toFixed(isUzs ? 0 : 2)
  const [int, frac] = fixed.split(".")
  const negative = int.startsWith("-")
  const grouped = (negative ? int.slice(1) : int).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    " "
  )
  const number = `${negative ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`
  return `${number} ${isUzs ? CURRENCY_WORD[locale] : currency.toUpperCase()}`
}
