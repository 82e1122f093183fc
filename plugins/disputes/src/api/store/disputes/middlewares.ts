import {
  authenticate,
  type MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import { listStoreDisputesQueryConfig } from "./query-config"
import {
  StoreAddDisputeMessage,
  StoreCreateDispute,
  StoreGetDisputeParams,
  StoreGetDisputesParams,
  StoreWithdrawDispute,
} from "./validators"

const customer = authenticate("customer", ["session", "bearer"])

/** Every disputes route of the Store API (issue #8). */
export const storeDisputesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/store/orders/:id/disputes",
    middlewares: [customer, validateAndTransformBody(StoreCreateDispute)],
  },
  {
    methods: ["GET"],
    matcher: "/store/customers/me/disputes",
    // No `customer` here: Medusa's own `/store/customers/me*` middleware
    // already authenticates the customer, and a second JWT check per read
    // only costs (issue #17; the 401 is tested in disputes-rules.spec.ts).
    middlewares: [
      validateAndTransformQuery(
        StoreGetDisputesParams,
        listStoreDisputesQueryConfig
      ),
    ],
  },
  {
    methods: ["GET"],
    matcher: "/store/disputes/:id",
    middlewares: [
      customer,
      validateAndTransformQuery(StoreGetDisputeParams, {
        isList: false,
        defaults: [],
      }),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/store/disputes/:id/messages",
    middlewares: [customer, validateAndTransformBody(StoreAddDisputeMessage)],
  },
  {
    methods: ["POST"],
    matcher: "/store/disputes/:id/withdraw",
    middlewares: [customer, validateAndTransformBody(StoreWithdrawDispute)],
  },
]
