import {
  authenticate,
  MiddlewareRoute,
  validateAndTransformBody,
  validateAndTransformQuery,
} from "@medusajs/framework/http"
import {
  DriverAvailability,
  DriverDeliveryStatusBody,
  DriverListDeliveries,
  DriverLocation,
  DriverRegister,
  DriverSmsRequest,
  DriverSmsVerify,
  DriverUpdateProfile,
  DriverUploadDocuments,
} from "./validators"

const driver = authenticate("driver", ["session", "bearer"])
const noQueryConfig = { isList: false, defaults: [] as string[] }

export const driverMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/driver/drivers",
    middlewares: [
      authenticate("driver", ["session", "bearer"], {
        allowUnregistered: true,
      }),
      validateAndTransformBody(DriverRegister),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/driver/auth/sms",
    middlewares: [validateAndTransformBody(DriverSmsRequest)],
  },
  {
    methods: ["POST"],
    matcher: "/driver/auth/sms/verify",
    middlewares: [validateAndTransformBody(DriverSmsVerify)],
  },
  // Without `methods`: every route under /driver/me (a prefix match).
  { matcher: "/driver/me", middlewares: [driver] },
  {
    methods: ["POST"],
    matcher: "/driver/me",
    middlewares: [validateAndTransformBody(DriverUpdateProfile)],
  },
  {
    methods: ["POST"],
    matcher: "/driver/me/documents",
    // Documents come as base64 JSON: a larger body limit than the default.
    bodyParser: { sizeLimit: "8mb" },
    middlewares: [validateAndTransformBody(DriverUploadDocuments)],
  },
  {
    methods: ["POST"],
    matcher: "/driver/me/availability",
    middlewares: [validateAndTransformBody(DriverAvailability)],
  },
  {
    methods: ["POST"],
    matcher: "/driver/me/location",
    middlewares: [validateAndTransformBody(DriverLocation)],
  },
  {
    methods: ["GET"],
    matcher: "/driver/me/deliveries",
    middlewares: [
      validateAndTransformQuery(DriverListDeliveries, noQueryConfig),
    ],
  },
  {
    methods: ["POST"],
    matcher: "/driver/me/deliveries/:id/status",
    middlewares: [validateAndTransformBody(DriverDeliveryStatusBody)],
  },
]
