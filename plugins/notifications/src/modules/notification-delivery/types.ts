export type { NotificationsPluginOptions as NotificationDeliveryModuleOptions } from "../../utils/options"

/** When failed notifications are retried (from the plugin's options). */
export type NotificationRetryPolicy = {
  /** Tries in all (first send + retries). */
  max_attempts: number
  /** Delay before the first retry; each next one waits twice as long. */
  base_delay_seconds: number
  /** Failures older than this are left alone. */
  max_age_hours: number
}
