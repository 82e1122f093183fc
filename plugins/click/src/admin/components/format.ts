/** An amount in so'm, formatted as the dashboard formats money (no tiyin shown when whole). */
export const formatSom = (amount: string, currency: string, locale: string) =>
  new Intl.NumberFormat(locale, {
    style: "currency",
    currency: currency.toUpperCase(),
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(Number(amount))

/** A date and time in the admin's language, or a dash when there is none. */
export const formatTime = (value: string | null, locale: string) =>
  value
    ? new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(new Date(value))
    : "—"
