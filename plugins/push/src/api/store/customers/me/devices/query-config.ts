/** What a device looks like in the Store API. */
export const STORE_DEVICE_FIELDS = [
  "id",
  "token",
  "platform",
  "locale",
  "last_seen_at",
  "created_at",
] as const
