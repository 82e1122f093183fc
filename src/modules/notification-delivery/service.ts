import { MedusaService } from "@medusajs/framework/utils"
import { NotificationDelivery } from "./models/notification-delivery"
import { NotificationProviderToken } from "./models/notification-provider-token"

/** Delivery records of sent notifications and shared provider tokens. */
class NotificationDeliveryModuleService extends MedusaService({
  NotificationDelivery,
  NotificationProviderToken,
}) {}

export default NotificationDeliveryModuleService
