import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { FcmNotificationProviderService } from "./service"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [FcmNotificationProviderService],
})
