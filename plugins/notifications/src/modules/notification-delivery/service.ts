import { MedusaService } from "@medusajs/framework/utils"
import { NotificationDelivery } from "./models/notification-delivery"
import { NotificationProviderToken } from "./models/notification-provider-token"
import type { NotificationDeliveryModuleOptions } from "./types"
import { isEskizCallbackToken } from "../providers/notification-eskiz/utils/callback-token"

/** Delivery records of sent notifications and shared provider tokens. */
class NotificationDeliveryModuleService extends MedusaService({
  NotificationDelivery,
  NotificationProviderToken,
}) {
  protected readonly eskizCallbackSecret_?: string

  constructor(
    container: Record<string, unknown>,
    options: NotificationDeliveryModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.eskizCallbackSecret_ = options?.eskizCallbackSecret
  }

  /**
   * Whether `token` authenticates the Eskiz delivery callback of the
   * notification `notificationId` (constant-time). Always false when no
   * callback secret is configured.
   */
  isEskizCallbackToken(notificationId: string, token: unknown): boolean {
    if (!this.eskizCallbackSecret_) {
      return false
    }
    return isEskizCallbackToken(
      this.eskizCallbackSecret_,
      notificationId,
      token
    )
  }
}

export default NotificationDeliveryModuleService
