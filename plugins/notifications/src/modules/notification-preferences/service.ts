import { MedusaService } from "@medusajs/framework/utils"
import { NotificationPreference } from "./models/notification-preference"

/** Customers' notification opt-outs. */
class NotificationPreferencesModuleService extends MedusaService({
  NotificationPreference,
}) {}

export default NotificationPreferencesModuleService
