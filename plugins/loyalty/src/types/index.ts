export { LoyaltyEvents } from "../modules/loyalty/events"
export { LOYALTY_MODULE } from "../modules/loyalty"
export type {
  EarnRate,
  LedgerEntryInput,
  LoyaltyModuleOptions,
  LoyaltyTransactionType,
  TierDefinition,
} from "../modules/loyalty/types"
export {
  NOTIFICATION_REQUESTED,
  type NotificationLocale,
  type NotificationRequest,
} from "../notifications/types"
