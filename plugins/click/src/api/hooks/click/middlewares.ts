import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * Click posts application/x-www-form-urlencoded; the raw body is kept so the
 * md5 signature is checked over the exact strings Click sent.
 */
export const clickHookMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/hooks/click/prepare",
    bodyParser: { preserveRawBody: true },
  },
  {
    methods: ["POST"],
    matcher: "/hooks/click/complete",
    bodyParser: { preserveRawBody: true },
  },
]
