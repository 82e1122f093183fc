// Payment webhooks (issue #17): Stripe's and PayPal's events on Medusa's
// /hooks/payment/<provider> route, beside core GET /store/regions of the same
// run. The route answers at once and hands the event to the payment workflow
// in the background: Stripe's is signed with the bench's secret and of a type
// the provider ignores; PayPal's carries its transmission headers and is
// ignored unverified (no webhook id in the bench, PayPal cannot be reached).
const crypto = require("node:crypto")

const STRIPE_SECRET = "whsec_bench"

function stripeEvent() {
  const body = JSON.stringify({
    id: `evt_bench_${crypto.randomUUID()}`,
    object: "event",
    type: "customer.created",
    data: { object: { id: "cus_bench", object: "customer" } },
  })
  const t = Math.floor(Date.now() / 1000)
  const v1 = crypto
    .createHmac("sha256", STRIPE_SECRET)
    .update(`${t}.${body}`)
    .digest("hex")
  return { body, signature: `t=${t},v1=${v1}` }
}

module.exports = {
  name: "webhooks",
  env: {
    STRIPE_API_KEY: "sk_test_bench",
    STRIPE_WEBHOOK_SECRET: STRIPE_SECRET,
    PAYPAL_CLIENT_ID: "bench-client",
    PAYPAL_CLIENT_SECRET: "bench-secret",
  },
  async run(ctx) {
    await ctx.measure({
      name: "GET /store/regions (core baseline)",
      path: "/store/regions",
      headers: { "x-publishable-api-key": ctx.publishableKey },
    })
    const stripe = stripeEvent()
    await ctx.measure({
      name: "POST /hooks/payment/stripe_stripe (signed event)",
      method: "POST",
      path: "/hooks/payment/stripe_stripe",
      headers: {
        "content-type": "application/json",
        "stripe-signature": stripe.signature,
      },
      body: stripe.body,
    })
    await ctx.measure({
      name: "POST /hooks/payment/paypal_paypal (event with transmission headers)",
      method: "POST",
      path: "/hooks/payment/paypal_paypal",
      headers: {
        "content-type": "application/json",
        "paypal-transmission-id": "bench-transmission",
        "paypal-transmission-time": new Date().toISOString(),
        "paypal-transmission-sig": "bench-signature",
        "paypal-cert-url":
          "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-bench",
        "paypal-auth-algo": "SHA256withRSA",
      },
      body: {
        id: "WH-bench",
        event_type: "PAYMENT.CAPTURE.COMPLETED",
        resource: { id: "capture-bench", status: "COMPLETED" },
      },
    })
  },
}
