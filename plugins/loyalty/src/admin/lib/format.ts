/**
 * The dashboard's language as a BCP 47 tag: it names some languages without
 * a dash ("ptBR", "zhCN"), which Intl refuses.
 */
export function intlLocale(language: string | undefined) {
  const tag = (language || "en").replace(/^([a-z]{2})([A-Z]{2})$/, "$1-$2")
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? "en"
  } catch {
    return "en"
  }
}

/** Money in the entry's currency (major units); UZS in whole so'm. */
export function formatMoney(
  amount: number | string | null | undefined,
  currency: string | null | undefined,
  locale: string
) {
  if (amount === null || amount === undefined || !currency) {
    return "—"
  }
  const code = currency.toUpperCase()
  const whole = code === "UZS"
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: code,
    ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
  }).format(Number(amount))
}

export function formatPoints(points: number, locale: string, signed = false) {
  return new Intl.NumberFormat(locale, {
    signDisplay: signed ? "exceptZero" : "auto",
  }).format(points)
}

export function formatDate(value: string | Date, locale: string) {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(
    new Date(value)
  )
}

export function formatDateTime(value: string | Date, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(value))
}
