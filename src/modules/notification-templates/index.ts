import { Module } from "@medusajs/framework/utils"
import NotificationTemplatesModuleService from "./service"

export const NOTIFICATION_TEMPLATES_MODULE = "notificationTemplates"

export default Module(NOTIFICATION_TEMPLATES_MODULE, {
  service: NotificationTemplatesModuleService,
})
