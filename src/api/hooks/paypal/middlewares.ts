import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * PayPal webhooks: the raw body is kept so the exact event PayPal sent is
 * what we hand to PayPal's verify-webhook-signature API.
 */
export const paypalHookMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/hooks/paypal",
    bodyParser: { preserveRawBody: true },
  },
]
