import type { MiddlewareRoute } from "@medusajs/framework/http"
import { throttleAccountRequest, throttleLogin } from "./throttle"

/** Throttles Medusa's e-mail/password auth routes for every actor type. */
export const authThrottleMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/auth/:actor_type/emailpass",
    methods: ["POST"],
    middlewares: [throttleLogin],
  },
  {
    matcher: "/auth/:actor_type/emailpass/register",
    methods: ["POST"],
    middlewares: [throttleAccountRequest],
  },
  {
    matcher: "/auth/:actor_type/emailpass/reset-password",
    methods: ["POST"],
    middlewares: [throttleAccountRequest],
  },
  {
    matcher: "/auth/:actor_type/emailpass/update",
    methods: ["POST"],
    middlewares: [throttleAccountRequest],
  },
]
