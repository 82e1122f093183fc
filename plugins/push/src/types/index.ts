export type { FcmOptions, FcmDevice } from "../providers/notification-fcm/types"
export { PushDeviceEvents } from "../modules/push-devices/events"
export type { RegisterPushDeviceInput } from "../workflows/push/types"
