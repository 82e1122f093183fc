import {
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { EskizStatusCallback } from "./status/[id]/[token]/validators"
import { verifyEskizCallbackToken } from "./verify-callback-token"

export const eskizHookMiddlewares: MiddlewareRoute[] = [
  {
    // The token is checked first, so an unauthenticated caller learns nothing
    // about the body's shape.
    matcher: "/hooks/eskiz/status/:id/:token",
    methods: ["POST"],
    middlewares: [
      verifyEskizCallbackToken,
      validateAndTransformBody(EskizStatusCallback),
    ],
  },
]
