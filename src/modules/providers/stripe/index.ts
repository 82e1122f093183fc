import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BozorStripeProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [BozorStripeProviderService],
})
