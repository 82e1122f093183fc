import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import ClickPaymentProviderService from "./service"

export default ModuleProvider(Modules.PAYMENT, {
  services: [ClickPaymentProviderService],
})

export { ClickPaymentProviderService }
export * from "./types"
export * from "./utils/amount"
export * from "./utils/signature"
