import { Module } from "@medusajs/framework/utils"
import validateOptionsLoader from "./loaders/validate-options"
import ReviewsModuleService from "./service"

export const REVIEWS_MODULE = "reviews"

export default Module(REVIEWS_MODULE, {
  service: ReviewsModuleService,
  loaders: [validateOptionsLoader],
})

export * from "./types"
export { ReviewEvents } from "./events"
export type { ReviewsModuleService }
