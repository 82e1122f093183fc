import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import NotificationDeliveryModuleService from "./service"

export const NOTIFICATION_DELIVERY_MODULE = "notificationDelivery"

export default Module(NOTIFICATION_DELIVERY_MODULE, {
  service: NotificationDeliveryModuleService,
  loaders: [validateOptionsLoader],
})

export type { NotificationDeliveryModuleOptions } from "./types"
