import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import DeliveryModuleService from "./service"

export const DELIVERY_MODULE = "delivery"

export default Module(DELIVERY_MODULE, {
  service: DeliveryModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./types"
export { DeliveryEvents } from "./events"
export type { DeliveryModuleService }
