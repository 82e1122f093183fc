/** `order_placed` → `Order placed`, for kinds a plugin requested that have no label of ours. */
export const humanize = (key: string) =>
  key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, " ")

const PROVIDER_NAMES: Record<string, string> = {
  eskiz: "Eskiz",
  playmobile: "PlayMobile",
  smtp: "SMTP",
}

/** The route that delivered a message, as merchants know it. */
export const providerName = (provider: string | null) =>
  provider ? (PROVIDER_NAMES[provider] ?? provider) : "—"

export const formatDateTime = (value: string, locale: string) =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(new Date(value))
