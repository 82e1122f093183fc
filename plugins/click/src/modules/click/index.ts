import { Module } from "@medusajs/framework/utils"
import ClickModuleService from "./service"

export const CLICK_MODULE = "click"

export default Module(CLICK_MODULE, {
  service: ClickModuleService,
})

export type { ClickModuleService }
