import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { EskizNotificationProviderService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [EskizNotificationProviderService],
})
