import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import DisputesModuleService from "./service"

export const DISPUTES_MODULE = "disputes"

export default Module(DISPUTES_MODULE, {
  service: DisputesModuleService,
  loaders: [validateOptionsLoader],
})
