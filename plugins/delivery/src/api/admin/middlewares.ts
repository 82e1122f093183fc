import {
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  AdminAssignDelivery,
  AdminDeliveryStatus,
  AdminDispatchDelivery,
  AdminListDeliveries,
} from "./deliveries/validators"
import {
  AdminListDrivers,
  AdminMarkPayoutPaid,
  AdminReviewDriver,
  AdminUpdateDriver,
} from "./drivers/validators"

const noQueryConfig = { isList: false, defaults: [] as string[] }

// /admin/* is authenticated (user) by Medusa itself.
export const adminDeliveryMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["GET"],
    matcher: "/admin/drivers",
    middlewares: [validateAndTransformQuery(AdminListDrivers, noQueryConfig)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/drivers/:id",
    middlewares: [validateAndTransformBody(AdminUpdateDriver)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/drivers/:id/review",
    middlewares: [validateAndTransformBody(AdminReviewDriver)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/drivers/:id/payouts/:payout_id/paid",
    middlewares: [validateAndTransformBody(AdminMarkPayoutPaid)],
  },
  {
    methods: ["GET"],
    matcher: "/admin/deliveries",
    middlewares: [
      validateAndTransformQuery(AdminListDeliveries, noQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/admin/deliveries/:id/assign",
    middlewares: [validateAndTransformBody(AdminAssignDelivery)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/deliveries/:id/dispatch",
    middlewares: [validateAndTransformBody(AdminDispatchDelivery)],
  },
  {
    methods: ["POST"],
    matcher: "/admin/deliveries/:id/status",
    middlewares: [validateAndTransformBody(AdminDeliveryStatus)],
  },
]
