import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreListDevices, StoreRegisterDevice } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeDevicesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/devices",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreListDevices, {
        isList: true,
        defaults: [],
      }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/devices",
    middlewares: [customer, validateAndTransformBody(StoreRegisterDevice)],
  },
  {
    methods: ["DELETE"],
    matcher: "/store/customers/me/devices/:id",
    middlewares: [customer],
  },
]
