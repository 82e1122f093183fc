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

/**
 * Money in the record's currency as Medusa's dashboard shows it (amounts are
 * major units). UZS is shown in whole so'm: ISO gives it two minor digits
 * that no one uses.
 */
export function formatMoney(
  amount: number | string | null | undefined,
  currency: string,
  locale: string
) {
  if (amount === null || amount === undefined || amount === "") {
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

const MINUTE = 60 * 1000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** How long ago, in the largest whole unit ("3 days ago"). */
export function formatAge(
  since: string | Date,
  locale: string,
  now = Date.now()
) {
  const ms = now - new Date(since).getTime()
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" })
  if (ms >= DAY) return rtf.format(-Math.floor(ms / DAY), "day")
  if (ms >= HOUR) return rtf.format(-Math.floor(ms / HOUR), "hour")
  return rtf.format(-Math.max(0, Math.floor(ms / MINUTE)), "minute")
}

export function formatDateTime(value: string | Date, locale: string) {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(value))
}
