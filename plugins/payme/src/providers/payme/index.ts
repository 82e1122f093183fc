import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import PaymePaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [PaymePaymentProviderService],
})
