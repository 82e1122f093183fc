export * from "../modules/reviews/types"
export * from "../modules/reviews/events"
export * from "../notifications/types"
export type { ReviewNotificationKind } from "../notifications/templates"
