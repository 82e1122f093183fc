import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import NotificationInboxModuleService from "./service"

export const NOTIFICATION_INBOX_MODULE = "notificationInbox"

export default Module(NOTIFICATION_INBOX_MODULE, {
  service: NotificationInboxModuleService,
  loaders: [validateOptionsLoader],
})
