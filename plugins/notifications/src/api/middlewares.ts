import { defineMiddlewares } from "@medusajs/framework/http"
import { adminNotificationDeliveriesMiddlewares } from "./admin/notification-deliveries/middlewares"
import { adminNotificationTemplatesMiddlewares } from "./admin/notification-templates/middlewares"
import { adminNotificationCampaignsMiddlewares } from "./admin/notification-campaigns/middlewares"
import { storeNotificationPreferencesMiddlewares } from "./store/customers/me/notification-preferences/middlewares"
import { storeInboxMiddlewares } from "./store/customers/me/notifications/middlewares"

export default defineMiddlewares({
  routes: [
    ...adminNotificationTemplatesMiddlewares,
    ...adminNotificationDeliveriesMiddlewares,
    ...adminNotificationCampaignsMiddlewares,
    ...storeNotificationPreferencesMiddlewares,
    ...storeInboxMiddlewares,
  ],
})
