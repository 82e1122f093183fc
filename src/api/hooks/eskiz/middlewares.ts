import {
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { EskizStatusCallback } from "./status/validators"

export const eskizHookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/eskiz/status",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(EskizStatusCallback)],
  },
]
