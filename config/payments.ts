import { env, flag, optional, optionalNumber, ProviderConfig } from "./env"

/**
 * Click credentials, shared by the Click payment provider and the Click
 * plugin (its /hooks/click callbacks); undefined while any of them is unset.
 */
export const clickOptions =
  env.CLICK_SERVICE_ID &&
  env.CLICK_MERCHANT_ID &&
  env.CLICK_MERCHANT_USER_ID &&
  env.CLICK_SECRET_KEY
    ? {
        service_id: env.CLICK_SERVICE_ID,
        merchant_id: env.CLICK_MERCHANT_ID,
        merchant_user_id: env.CLICK_MERCHANT_USER_ID,
        secret_key: env.CLICK_SECRET_KEY,
        return_url: env.CLICK_RETURN_URL,
        test_mode: flag("CLICK_TEST_MODE"),
        api_url: env.CLICK_API_URL,
      }
    : undefined

/** Payme credentials, shared by the provider and the /hooks/payme endpoint. */
export const paymeOptions = {
  merchantId: env.PAYME_MERCHANT_ID,
  secretKey: env.PAYME_SECRET_KEY,
  testMode: flag("PAYME_TEST_MODE"),
  accountField: env.PAYME_ACCOUNT_FIELD || "order_id",
}

/**
 * Payment providers. Each one is registered only when its credentials are set,
 * so a store without them has no half-configured provider.
 */
export const paymentProviders: ProviderConfig[] = [
  ...(paymeOptions.merchantId && paymeOptions.secretKey
    ? [
        {
          resolve: "@bozor/medusa-payme/providers/payme",
          id: "payme",
          options: {
            ...paymeOptions,
            language: env.PAYME_LANGUAGE || "uz",
            returnUrl: optional("PAYME_RETURN_URL"),
            callbackTimeoutMs: optionalNumber("PAYME_CALLBACK_TIMEOUT_MS"),
            checkoutUrl: optional("PAYME_CHECKOUT_URL"),
          },
        },
      ]
    : []),
  ...(clickOptions
    ? [
        {
          resolve: "@bozor/medusa-click/providers/click",
          id: "click",
          options: clickOptions,
        },
      ]
    : []),
  // Stripe: Medusa's own provider (pp_stripe_stripe), unchanged.
  ...(env.STRIPE_API_KEY
    ? [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: {
            apiKey: env.STRIPE_API_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            capture: flag("STRIPE_CAPTURE"),
            automaticPaymentMethods: flag("STRIPE_AUTOMATIC_PAYMENT_METHODS"),
          },
        },
      ]
    : []),
  // PayPal (Orders v2): pp_paypal_paypal; its webhooks arrive on Medusa's
  // /hooks/payment/paypal_paypal.
  ...(env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET
    ? [
        {
          resolve: "@bozor/medusa-paypal/providers/paypal",
          id: "paypal",
          options: {
            clientId: env.PAYPAL_CLIENT_ID,
            clientSecret: env.PAYPAL_CLIENT_SECRET,
            environment: env.PAYPAL_ENVIRONMENT === "live" ? "live" : "sandbox",
            webhookId: optional("PAYPAL_WEBHOOK_ID"),
            autoCapture: env.PAYPAL_AUTO_CAPTURE !== "false",
            returnUrl: optional("PAYPAL_RETURN_URL"),
            cancelUrl: optional("PAYPAL_CANCEL_URL"),
            brandName: optional("PAYPAL_BRAND_NAME"),
          },
        },
      ]
    : []),
]
