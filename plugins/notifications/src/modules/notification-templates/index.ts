import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import NotificationTemplatesModuleService from "./service"

export const NOTIFICATION_TEMPLATES_MODULE = "notificationTemplates"

export default Module(NOTIFICATION_TEMPLATES_MODULE, {
  service: NotificationTemplatesModuleService,
  loaders: [validateOptionsLoader],
})

export type { NotificationTemplatesModuleOptions } from "./types"
