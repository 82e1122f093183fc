/** A device registration from `POST /store/customers/me/devices`. */
export type RegisterPushDeviceInput = {
  /** The authenticated customer (`auth_context.actor_id`). */
  customer_id: string
  /** FCM registration token. */
  token: string
  platform: "android" | "ios" | "web"
  /** Language of the pushes shown on this device; omitted: the customer's. */
  locale?: "uz" | "ru" | "en" | null
}
