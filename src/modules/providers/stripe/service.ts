import { createRequire } from "module"
import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"
import type { StripeOptions } from "@medusajs/payment-stripe/dist/types"

/** Options of Medusa's Stripe provider plus the API base URL. */
export type BozorStripeOptions = StripeOptions & {
  /**
   * Stripe API base URL (`STRIPE_API_URL`), e.g. a local fake in tests or an
   * egress proxy. Unset, Medusa's own provider is registered instead.
   */
  apiUrl?: string
}

// The `stripe` package Medusa's provider depends on (not a second copy).
const StripeSdk = createRequire(require.resolve("@medusajs/payment-stripe"))(
  "stripe"
)

/**
 * Medusa's built-in Stripe provider (`pp_stripe_stripe`), unchanged except
 * that its Stripe client talks to `apiUrl`: Medusa builds the client with the
 * API key only and has no host option. Everything else (payment intents,
 * webhooks, refunds) is Medusa's code.
 */
class BozorStripeProviderService extends StripeProviderService {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: BozorStripeOptions) {
    super(cradle, options)
    if (options.apiUrl) {
      const url = new URL(options.apiUrl)
      this.stripe_ = new StripeSdk(options.apiKey, {
        host: url.hostname,
        port: url.port || (url.protocol === "https:" ? "443" : "80"),
        protocol: url.protocol.replace(":", ""),
      })
    }
  }
}

export default BozorStripeProviderService
