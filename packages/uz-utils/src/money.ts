/** Languages the money words are written in. */
export type MoneyLocale = "uz" | "ru" | "en"

const SOM: Record<MoneyLocale, string> = { uz: "so'm", ru: "сум", en: "UZS" }

/** Rounds a plain decimal string half away from zero to `digits` decimals. */
function roundDecimal(value: string, digits: number): string {
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(value.trim())
  if (!match) {
    throw new TypeError(`"${value}" is not a plain decimal number.`)
  }
  const [, sign, int, frac = ""] = match
  const scaled = BigInt(int + frac.padEnd(digits, "0").slice(0, digits))
  const roundUp = (frac[digits] ?? "0") >= "5"
  const units = (scaled + (roundUp ? 1n : 0n))
    .toString()
    .padStart(digits + 1, "0")
  const whole = units.slice(0, units.length - digits)
  const decimals = digits ? `.${units.slice(-digits)}` : ""
  const isZero = /^0+$/.test(units)
  return `${sign && !isZero ? "-" : ""}${whole}${decimals}`
}

/**
 * `"1325000"` UZS → `1 325 000 so'm` (`сум`, `UZS` in Russian and English);
 * any other currency with two decimals and its ISO code: `52.00 USD`. The
 * amount is a plain decimal string (major units), so nothing is lost to
 * floating point; so'm are rounded to whole so'm.
 */
export function formatMoney(
  amount: string | number,
  currency: string,
  locale: MoneyLocale
): string {
  const isUzs = currency.toLowerCase() === "uzs"
  const fixed = roundDecimal(String(amount), isUzs ? 0 : 2)
  const negative = fixed.startsWith("-")
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split(".")
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, " ")
  const number = `${negative ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`
  return `${number} ${isUzs ? SOM[locale] : currency.toUpperCase()}`
}
