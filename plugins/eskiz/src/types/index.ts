export {
  NOTIFICATION_DELIVERY_STATUS_REPORTED,
  type NotificationDeliveryStatusReported,
} from "../modules/eskiz/events"
export type { EskizPluginOptions } from "../modules/eskiz/options"
export type {
  EskizOptions,
  PlayMobileOptions,
  SmsRoute,
} from "../providers/notification-eskiz/types"
