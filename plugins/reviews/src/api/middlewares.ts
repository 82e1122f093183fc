import { defineMiddlewares } from "@medusajs/framework/http"
import { adminReviewsMiddlewares } from "./admin/reviews/middlewares"
import { storeProductReviewsMiddlewares } from "./store/products/[id]/reviews/middlewares"
import { storeReviewsMiddlewares } from "./store/reviews/middlewares"

export default defineMiddlewares({
  routes: [
    ...storeProductReviewsMiddlewares,
    ...storeReviewsMiddlewares,
    ...adminReviewsMiddlewares,
  ],
})
