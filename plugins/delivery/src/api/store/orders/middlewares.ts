import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { StoreRateDelivery } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/orders/:id/delivery",
    middlewares: [customer],
  },
  {
    methods: ["GET"],
    matcher: "/store/orders/:id/delivery/stream",
    middlewares: [customer],
  },
  {
    methods: ["POST"],
    matcher: "/store/orders/:id/delivery/rating",
    middlewares: [customer, validateAndTransformBody(StoreRateDelivery)],
  },
]
