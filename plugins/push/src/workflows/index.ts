export * from "./push/register-push-device"
export * from "./push/remove-push-device"
export type { RegisterPushDeviceInput } from "./push/types"
