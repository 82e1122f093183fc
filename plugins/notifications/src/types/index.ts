export * from "./notification-request"
export * from "./delivery-status"

/** Languages Bozor writes messages in. */
export type NotificationLocale = "uz" | "ru" | "en"
