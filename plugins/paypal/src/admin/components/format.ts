/** Money in its currency, as the dashboard formats it (so'm without tiyin when whole). */
export const formatMoney = (
  amount: number | string,
  currency: string,
  locale: string
) => {
  const code = currency.toUpperCase()
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: code,
    ...(code === "UZS"
      ? { minimumFractionDigits: 0, maximumFractionDigits: 2 }
      : {}),
  }).format(Number(amount))
}

/** A date and time in the admin's language, or a dash when there is none. */
export const formatTime = (
  value: string | Date | null | undefined,
  locale: string
) =>
  value
    ? new Intl.DateTimeFormat(locale, {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(new Date(value))
    : "—"
