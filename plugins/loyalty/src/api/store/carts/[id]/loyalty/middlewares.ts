import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { StoreApplyLoyaltyPoints } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeCartLoyaltyMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/carts/:id/loyalty",
    middlewares: [customer, validateAndTransformBody(StoreApplyLoyaltyPoints)],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/carts/:id/loyalty",
    middlewares: [customer],
  },
]
