import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { StoreListInbox, StoreMarkRead } from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

export const storeInboxMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/store/customers/me/notifications",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreListInbox, { isList: true, defaults: [] }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/notifications/read-all",
    middlewares: [customer, validateAndTransformBody(StoreMarkRead)],
  },
  {
    methods: ["POST"],
    matcher: "/store/customers/me/notifications/:id/read",
    middlewares: [customer, validateAndTransformBody(StoreMarkRead)],
  },
]
