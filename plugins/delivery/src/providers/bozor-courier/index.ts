import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import BozorCourierFulfillmentProviderService from "./service"

export default ModuleProvider(Modules.FULFILLMENT, {
  services: [BozorCourierFulfillmentProviderService],
})

export type { BozorCourierOptions } from "./types"
