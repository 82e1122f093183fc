import { defineMiddlewares } from "@medusajs/framework/http"
import { adminDeliveryMiddlewares } from "./admin/middlewares"
import { driverMiddlewares } from "./driver/middlewares"
import { storeDeliveryMiddlewares } from "./store/orders/middlewares"

export default defineMiddlewares({
  routes: [
    ...driverMiddlewares,
    ...adminDeliveryMiddlewares,
    ...storeDeliveryMiddlewares,
  ],
})
