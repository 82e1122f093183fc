import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import NotificationSchedulingModuleService from "./service"

export const NOTIFICATION_SCHEDULING_MODULE = "notificationScheduling"

export default Module(NOTIFICATION_SCHEDULING_MODULE, {
  service: NotificationSchedulingModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./types"
