export { DisputeEvents } from "../modules/disputes/events"
export { DISPUTES_MODULE } from "../modules/disputes"
export {
  DISPUTE_REASONS,
  DISPUTE_STATUSES,
  type DisputeActor,
  type DisputeReason,
  type DisputeStatus,
  type DisputesModuleOptions,
} from "../modules/disputes/types"
export {
  NOTIFICATION_REQUESTED,
  type NotificationLocale,
  type NotificationRequest,
} from "../notifications/types"
