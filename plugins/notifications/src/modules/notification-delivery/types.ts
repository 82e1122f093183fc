/** Options of the `notificationDelivery` module. */
export type NotificationDeliveryModuleOptions = {
  /**
   * Secret of the Eskiz delivery callback tokens (at least 16 characters), the
   * same value as the Eskiz provider's `callbackSecret`. Without it every
   * callback is refused with 401.
   */
  eskizCallbackSecret?: string
}
