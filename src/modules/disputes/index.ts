import { Module } from "@medusajs/framework/utils"
import DisputesModuleService from "./service"

export const DISPUTES_MODULE = "disputes"

export default Module(DISPUTES_MODULE, {
  service: DisputesModuleService,
})
