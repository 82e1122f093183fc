/** Options of the PayPal payment provider: its entry in `medusa-config.ts` (table in the plugin's README). */
export type PayPalOptions = {
  /** REST app client id (`PAYPAL_CLIENT_ID`). */
  clientId: string
  /** REST app secret (`PAYPAL_CLIENT_SECRET`). */
  clientSecret: string
  /** `sandbox` (default) or `live` (`PAYPAL_ENVIRONMENT`). */
  environment?: "sandbox" | "live"
  /**
   * Id of the webhook registered in the PayPal app (`PAYPAL_WEBHOOK_ID`) for
   * `/hooks/payment/paypal_paypal`; without it no webhook can be verified, so
   * every one is ignored.
   */
  webhookId?: string
  /** `true` (default): intent CAPTURE, money is taken at authorization; `false`: intent AUTHORIZE, captured later. */
  autoCapture?: boolean
  /** Where PayPal sends the buyer after approving (`PAYPAL_RETURN_URL`). */
  returnUrl?: string
  /** Where PayPal sends the buyer who cancels (`PAYPAL_CANCEL_URL`). */
  cancelUrl?: string
  /** Brand shown on PayPal's pages (`PAYPAL_BRAND_NAME`). */
  brandName?: string
  /** Request timeout in ms, default 15000. */
  timeoutMs?: number
}

export const PAYPAL_LIVE_URL = "https://api-m.paypal.com"
export const PAYPAL_SANDBOX_URL = "https://api-m.sandbox.paypal.com"

/** What the provider keeps in the Medusa payment session / payment `data`. */
export type PayPalPaymentData = {
  /** The Medusa payment session id; sent as `custom_id` and `invoice_id`. */
  session_id?: string
  paypal_order_id?: string
  /** Where the buyer approves the order (`payer-action` / `approve` link). */
  approve_url?: string
  /** PayPal amount string of the order ("10.00"). */
  amount?: string
  currency_code?: string
  intent?: "CAPTURE" | "AUTHORIZE"
  order_status?: string
  authorization_id?: string
  capture_id?: string
  capture_status?: string
  /** Sum of the refunds made, PayPal amount string. */
  refunded_amount?: string
  refund_ids?: string[]
}

/** The parts of a PayPal order the provider reads. */
export type PayPalOrderSummary = {
  id: string
  status: string
  intent?: string
  approve_url?: string
  custom_id?: string
  amount?: { currency_code: string; value: string }
  authorization?: { id: string; status: string }
  capture?: { id: string; status: string; amount?: string }
}

/** Headers PayPal sends with a webhook (Webhooks API, "verify webhook signature"). */
export type PayPalWebhookHeaders = {
  auth_algo: string
  cert_url: string
  transmission_id: string
  transmission_sig: string
  transmission_time: string
}
