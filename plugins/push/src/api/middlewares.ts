import { defineMiddlewares } from "@medusajs/framework/http"
import { storeDevicesMiddlewares } from "./store/customers/me/devices/middlewares"

export default defineMiddlewares({
  routes: [...storeDevicesMiddlewares],
})
