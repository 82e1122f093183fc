import { Module } from "@medusajs/framework/utils"
import PushDevicesModuleService from "./service"

export const PUSH_DEVICES_MODULE = "pushDevices"

/** Devices a customer can hold at once: an old phone's token is dropped by FCM (UNREGISTERED) long before. */
export const MAX_DEVICES_PER_CUSTOMER = 20

export default Module(PUSH_DEVICES_MODULE, {
  service: PushDevicesModuleService,
})

export type { PushDevicesModuleService }
