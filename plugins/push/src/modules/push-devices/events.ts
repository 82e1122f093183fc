/** Events of the push plugin. */
export const PushDeviceEvents = {
  /** A customer registered (or refreshed) a device: `{ id, customer_id }`. */
  REGISTERED: "push_device.registered",
  /** A customer removed a device: `{ id, customer_id }` (a token FCM reports unregistered is removed by the provider, without an event). */
  REMOVED: "push_device.removed",
} as const
