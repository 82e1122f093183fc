import { MedusaService } from "@medusajs/framework/utils"
import { NotificationDelivery } from "./models/notification-delivery"
import type { NotificationRetryPolicy } from "./types"
import {
  type NotificationsPluginOptions,
  type ResolvedNotificationsOptions,
  validateNotificationsOptions,
} from "../../utils/options"

/** Delivery records of sent notifications (route, provider status) and the retry policy. */
class NotificationDeliveryModuleService extends MedusaService({
  NotificationDelivery,
}) {
  protected readonly options_: ResolvedNotificationsOptions

  constructor(
    container: Record<string, unknown>,
    options: NotificationsPluginOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = validateNotificationsOptions(options ?? {})
  }

  /** When failed notifications are retried (the plugin's `retry*` options). */
  getRetryPolicy(): NotificationRetryPolicy {
    return {
      max_attempts: this.options_.retryMaxAttempts,
      base_delay_seconds: this.options_.retryBaseDelaySeconds,
      max_age_hours: this.options_.retryMaxAgeHours,
    }
  }
}

export default NotificationDeliveryModuleService
