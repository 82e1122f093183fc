/** Money as Medusa's dashboard shows it: the currency's own digits (UZS none). */
export function formatMoney(
  amount: number | null,
  currency: string | null,
  locale: string
): string {
  if (amount === null || !currency) {
    return "—"
  }
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: currency.toUpperCase(),
      ...(currency.toLowerCase() === "uzs" ? { maximumFractionDigits: 0 } : {}),
    }).format(amount)
  } catch {
    return `${amount} ${currency.toUpperCase()}`
  }
}

export function formatDate(value: string | null, locale: string): string {
  return value
    ? new Date(value).toLocaleString(locale, {
        dateStyle: "medium",
        timeStyle: "short",
      })
    : "—"
}
