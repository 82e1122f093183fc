import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import EskizModuleService from "./service"

export const ESKIZ_MODULE = "eskiz"

export default Module(ESKIZ_MODULE, {
  service: EskizModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./options"
export * from "./events"
export type { EskizModuleService }
