import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import AuthThrottleModuleService from "./service"

export const AUTH_THROTTLE_MODULE = "authThrottle"

export default Module(AUTH_THROTTLE_MODULE, {
  service: AuthThrottleModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./types"
export type { AuthThrottleModuleService }
