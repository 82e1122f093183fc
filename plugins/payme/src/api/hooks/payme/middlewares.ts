import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * `/hooks/payme` reads its own body: Payme needs a JSON-RPC -32700 answer
 * (HTTP 200) for broken JSON, not Medusa's 400 (spec §1.1, §6.2).
 */
export const paymeHookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/payme",
    methods: ["POST"],
    bodyParser: false,
    middlewares: [],
  },
]
