import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import ClickModuleService from "./service"

export const CLICK_MODULE = "click"

export default Module(CLICK_MODULE, {
  service: ClickModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./options"
export * from "./types"
export type { ClickModuleService }
