import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

type WorkerMode = "shared" | "worker" | "server"

type ProviderConfig = {
  resolve: string
  id: string
  is_default?: boolean
  options?: Record<string, unknown>
}

const env = process.env
const isProduction = env.NODE_ENV === "production"
const redisUrl = env.REDIS_URL
const workerMode = parseWorkerMode(env.MEDUSA_WORKER_MODE)
const cachingEnabled = env.MEDUSA_FF_CACHING === "true"

function parseWorkerMode(value: string | undefined): WorkerMode {
  if (!value) {
    return "shared"
  }
  if (value === "shared" || value === "worker" || value === "server") {
    return value
  }
  throw new Error(
    `MEDUSA_WORKER_MODE must be one of shared, worker, server (got "${value}").`
  )
}

/** A numeric variable, or undefined when unset; a non-number stops the start, named. */
function optionalNumber(name: string): number | undefined {
  const value = env[name]
  if (value === undefined || value === "") {
    return undefined
  }
  const number = Number(value)
  if (!Number.isFinite(number)) {
    throw new Error(`${name} must be a number (got "${value}").`)
  }
  return number
}

// Secrets must come from the environment in production. `npm start` generates
// and keeps random ones in its data folder when they are not set.
function secret(name: "JWT_SECRET" | "COOKIE_SECRET"): string {
  const value = env[name]
  if (value) {
    return value
  }
  if (isProduction) {
    throw new Error(`${name} must be set when NODE_ENV=production.`)
  }
  return "bozor-development-only-secret"
}

/** Medusa's own Redis-backed event bus, workflow engine and locking (scale-out). */
const redisModules = redisUrl
  ? [
      {
        resolve: "@medusajs/medusa/event-bus-redis",
        options: { redisUrl },
      },
      {
        resolve: "@medusajs/medusa/workflow-engine-redis",
        options: { redis: { redisUrl } },
      },
      {
        resolve: "@medusajs/medusa/locking",
        options: {
          providers: [
            {
              resolve: "@medusajs/medusa/locking-redis",
              id: "locking-redis",
              is_default: true,
              options: { redisUrl },
            },
          ],
        },
      },
    ]
  : []

/**
 * Medusa's caching module (behind the `caching` feature flag): Redis when
 * REDIS_URL is set so every server shares one cache, in memory otherwise.
 */
const cachingModules = cachingEnabled
  ? [
      {
        resolve: "@medusajs/medusa/caching",
        options: redisUrl
          ? {
              providers: [
                {
                  resolve: "@medusajs/medusa/caching-redis",
                  id: "caching-redis",
                  is_default: true,
                  options: { redisUrl },
                },
              ],
            }
          : { in_memory: { enable: true } },
      },
    ]
  : []

// <click-options> (issue #4)
/**
 * Click credentials, shared by the Click payment provider and the Click
 * plugin (its /hooks/click callbacks); undefined while any of them is unset.
 */
const clickOptions =
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
        test_mode: env.CLICK_TEST_MODE === "true",
        api_url: env.CLICK_API_URL,
      }
    : undefined
// </click-options>

/**
 * Payment providers. Each one is registered only when its credentials are set,
 * so a store without them has no half-configured provider.
 */
const paymentProviders: ProviderConfig[] = [
  // <payme-provider> (issue #3)
  ...(env.PAYME_MERCHANT_ID && env.PAYME_SECRET_KEY
    ? [
        {
          resolve: "@bozor/medusa-payme/providers/payme",
          id: "payme",
          options: {
            merchantId: env.PAYME_MERCHANT_ID,
            secretKey: env.PAYME_SECRET_KEY,
            testMode: env.PAYME_TEST_MODE === "true",
            accountField: env.PAYME_ACCOUNT_FIELD || "order_id",
            language: env.PAYME_LANGUAGE || "uz",
            returnUrl: env.PAYME_RETURN_URL || undefined,
            callbackTimeoutMs: env.PAYME_CALLBACK_TIMEOUT_MS
              ? Number(env.PAYME_CALLBACK_TIMEOUT_MS)
              : undefined,
            checkoutUrl: env.PAYME_CHECKOUT_URL || undefined,
          },
        },
      ]
    : []),
  // </payme-provider>
  // <click-provider> (issue #4)
  ...(clickOptions
    ? [
        {
          resolve: "@bozor/medusa-click/providers/click",
          id: "click",
          options: clickOptions,
        },
      ]
    : []),
  // </click-provider>
  // <stripe-paypal-providers> (issue #10)
  // Stripe: Medusa's own provider (pp_stripe_stripe), unchanged.
  ...(env.STRIPE_API_KEY
    ? [
        {
          resolve: "@medusajs/medusa/payment-stripe",
          id: "stripe",
          options: {
            apiKey: env.STRIPE_API_KEY,
            webhookSecret: env.STRIPE_WEBHOOK_SECRET,
            capture: env.STRIPE_CAPTURE === "true",
            automaticPaymentMethods:
              env.STRIPE_AUTOMATIC_PAYMENT_METHODS === "true",
          },
        },
      ]
    : []),
  // PayPal (Orders v2 on @paypal/paypal-server-sdk): pp_paypal_paypal; its
  // webhooks arrive on Medusa's /hooks/payment/paypal_paypal.
  ...(env.PAYPAL_CLIENT_ID && env.PAYPAL_CLIENT_SECRET
    ? [
        {
          resolve: "@bozor/medusa-paypal/providers/paypal",
          id: "paypal",
          options: {
            clientId: env.PAYPAL_CLIENT_ID,
            clientSecret: env.PAYPAL_CLIENT_SECRET,
            environment: env.PAYPAL_ENVIRONMENT === "live" ? "live" : "sandbox",
            webhookId: env.PAYPAL_WEBHOOK_ID || undefined,
            autoCapture: env.PAYPAL_AUTO_CAPTURE !== "false",
            returnUrl: env.PAYPAL_RETURN_URL || undefined,
            cancelUrl: env.PAYPAL_CANCEL_URL || undefined,
            brandName: env.PAYPAL_BRAND_NAME || undefined,
          },
        },
      ]
    : []),
  // </stripe-paypal-providers>
]

/**
 * Secret of the Eskiz delivery-callback tokens: the same value for the
 * `notification-eskiz` provider (signs each SMS's callback URL) and the
 * `@bozor/medusa-eskiz` plugin (checks the callbacks).
 */
const eskizCallbackSecret = env.ESKIZ_CALLBACK_SECRET || undefined

/** Notification providers: one per channel (Medusa's rule). */
const notificationProviders: ProviderConfig[] = [
  // <notification-providers> (issue #5)
  {
    resolve: "@medusajs/medusa/notification-local",
    id: "local",
    options: { name: "Local Notification Provider", channels: ["feed"] },
  },
  // Eskiz SMS (PlayMobile as fallback route) when its credentials are set.
  ...(env.ESKIZ_EMAIL && env.ESKIZ_PASSWORD
    ? [
        {
          resolve: "@bozor/medusa-eskiz/providers/notification-eskiz",
          id: "eskiz",
          options: {
            channels: ["sms"],
            email: env.ESKIZ_EMAIL,
            password: env.ESKIZ_PASSWORD,
            from: env.ESKIZ_FROM || undefined,
            apiUrl: env.ESKIZ_API_URL || undefined,
            callbackUrl: env.ESKIZ_CALLBACK_URL || undefined,
            callbackSecret: eskizCallbackSecret,
            timeoutMs: env.SMS_TIMEOUT_MS
              ? Number(env.SMS_TIMEOUT_MS)
              : undefined,
            playmobile:
              env.PLAYMOBILE_LOGIN && env.PLAYMOBILE_PASSWORD
                ? {
                    login: env.PLAYMOBILE_LOGIN,
                    password: env.PLAYMOBILE_PASSWORD,
                    originator: env.PLAYMOBILE_ORIGINATOR || undefined,
                    apiUrl: env.PLAYMOBILE_API_URL || undefined,
                  }
                : undefined,
          },
        },
      ]
    : []),
  // E-mail over SMTP when a server is set.
  ...(env.SMTP_HOST
    ? [
        {
          resolve: "@bozor/medusa-smtp/providers/notification-smtp",
          id: "smtp",
          options: {
            channels: ["email"],
            host: env.SMTP_HOST,
            port: env.SMTP_PORT ? Number(env.SMTP_PORT) : undefined,
            secure: env.SMTP_SECURE === "true",
            user: env.SMTP_USER || undefined,
            password: env.SMTP_PASSWORD || undefined,
            from: env.SMTP_FROM || "Bozor <no-reply@bozor.uz>",
          },
        },
      ]
    : []),
  // </notification-providers>
]

/** Bozor's own modules. */
const bozorModules: { resolve: string; options?: Record<string, unknown> }[] = [
  // <bozor-modules>
  {
    // Login throttling (issue #14): counters in Redis when REDIS_URL is set.
    resolve: "./src/modules/auth-throttle",
    options: {
      windowSeconds: optionalNumber("AUTH_THROTTLE_WINDOW_SECONDS"),
      maxFailuresPerAccount: optionalNumber(
        "AUTH_THROTTLE_MAX_FAILURES_PER_ACCOUNT"
      ),
      maxFailuresPerIp: optionalNumber("AUTH_THROTTLE_MAX_FAILURES_PER_IP"),
      maxRequestsPerIp: optionalNumber("AUTH_THROTTLE_MAX_REQUESTS_PER_IP"),
      redisUrl,
    },
  },
  // </bozor-modules>
]

// <search> (issue #11)
/**
 * Medusa's Search Module: PostgreSQL (built in, nothing else to run) is the
 * default; SEARCH_PROVIDER=meilisearch with MEILISEARCH_HOST switches the
 * indexes to Meilisearch. PostgreSQL stays registered so a switch can drop the
 * previous engine's indexes during `db:migrate`.
 */
const searchProvider = env.SEARCH_PROVIDER || "postgres"
if (searchProvider !== "postgres" && searchProvider !== "meilisearch") {
  throw new Error(
    `SEARCH_PROVIDER must be postgres or meilisearch (got "${searchProvider}").`
  )
}
if (searchProvider === "meilisearch" && !env.MEILISEARCH_HOST) {
  throw new Error("SEARCH_PROVIDER=meilisearch needs MEILISEARCH_HOST.")
}
const searchModules = [
  {
    resolve: "@medusajs/medusa/search",
    options: {
      // Provider identifiers (their `static identifier`), not registration ids.
      default_provider:
        searchProvider === "meilisearch" ? "meilisearch" : "search-postgres",
      index_prefix: env.SEARCH_INDEX_PREFIX || undefined,
      providers: [
        {
          resolve: "@medusajs/medusa/search-postgres",
          id: "postgres",
          // Medusa's default text search config ("english", the only one its
          // migration creates). The matched text is Uzbek/Russian folded to
          // Latin, which it leaves nearly untouched; another language needs a
          // `medusa_search_<language>` config created in the database first.
          options: env.SEARCH_POSTGRES_LANGUAGE
            ? { language: env.SEARCH_POSTGRES_LANGUAGE }
            : {},
        },
        ...(env.MEILISEARCH_HOST
          ? [
              {
                resolve: "@bozor/medusa-search/providers/search-meilisearch",
                id: "meilisearch",
                options: {
                  host: env.MEILISEARCH_HOST,
                  apiKey: env.MEILISEARCH_API_KEY || undefined,
                  timeoutMs: env.MEILISEARCH_TIMEOUT_MS
                    ? Number(env.MEILISEARCH_TIMEOUT_MS)
                    : undefined,
                },
              },
            ]
          : []),
      ],
    },
  },
]
// </search>

/**
 * Bozor's plugins (`plugins/*`), each with its options. A plugin registers its
 * own modules, routes, workflows, subscribers and jobs; providers are listed
 * in their Medusa module above.
 */
const plugins = [
  {
    // Uzbek search (issue #11): the product index with Latin/Cyrillic keys and
    // the /store/search bounds; the Meilisearch provider is in searchModules
    // above. See plugins/search/README.md.
    resolve: "@bozor/medusa-search",
    options: {},
  },
  {
    // PayPal (issue #10): a provider only, configured above; see
    // plugins/paypal/README.md.
    resolve: "@bozor/medusa-paypal",
    options: {},
  },
  {
    // Eskiz SMS (issue #5): the token table and the /hooks/eskiz/status
    // callback; the provider itself is in notificationProviders above.
    resolve: "@bozor/medusa-eskiz",
    options: { callbackSecret: eskizCallbackSecret, providerId: "eskiz" },
  },
  {
    // E-mail over SMTP (issue #5): a provider only, configured above.
    resolve: "@bozor/medusa-smtp",
    options: {},
  },
  {
    // Disputes (issue #8): options in plugins/disputes/README.md.
    resolve: "@bozor/medusa-disputes",
    options: {
      windowDays: env.DISPUTES_WINDOW_DAYS
        ? Number(env.DISPUTES_WINDOW_DAYS)
        : undefined,
      slaHours: env.DISPUTES_SLA_HOURS
        ? Number(env.DISPUTES_SLA_HOURS)
        : undefined,
    },
  },
  {
    // Notifications (issue #5): templates with merchant overrides, customer
    // preferences, delivery records, retries, order messages and every
    // capability's `notification.requested`; see plugins/notifications/README.md.
    resolve: "@bozor/medusa-notifications",
    options: {
      storeName: env.NOTIFICATION_STORE_NAME || undefined,
      adminLocale: env.NOTIFICATION_ADMIN_LOCALE || undefined,
      retryMaxAttempts: optionalNumber("NOTIFICATION_MAX_ATTEMPTS"),
      retryBaseDelaySeconds: optionalNumber("NOTIFICATION_RETRY_BASE_SECONDS"),
    },
  },
  {
    // Loyalty points (issue #9): options in plugins/loyalty/README.md.
    resolve: "@bozor/medusa-loyalty",
    options: {
      earnRates: env.LOYALTY_EARN_RATES
        ? JSON.parse(env.LOYALTY_EARN_RATES)
        : undefined,
      pointValues: env.LOYALTY_POINT_VALUES
        ? JSON.parse(env.LOYALTY_POINT_VALUES)
        : undefined,
      maxRedeemShare: env.LOYALTY_MAX_REDEEM_SHARE
        ? Number(env.LOYALTY_MAX_REDEEM_SHARE)
        : undefined,
      tiers: env.LOYALTY_TIERS ? JSON.parse(env.LOYALTY_TIERS) : undefined,
      tierWindowMonths: env.LOYALTY_TIER_WINDOW_MONTHS
        ? Number(env.LOYALTY_TIER_WINDOW_MONTHS)
        : undefined,
      expiryMonths: env.LOYALTY_EXPIRY_MONTHS
        ? Number(env.LOYALTY_EXPIRY_MONTHS)
        : undefined,
      expiryNoticeDays: env.LOYALTY_EXPIRY_NOTICE_DAYS
        ? Number(env.LOYALTY_EXPIRY_NOTICE_DAYS)
        : undefined,
    },
  },
  {
    // Click (issue #4): transactions and the /hooks/click/{prepare,complete}
    // callbacks, with the provider's credentials (none: the hooks answer 404).
    resolve: "@bozor/medusa-click",
    options: clickOptions ?? {},
  },
  {
    // Payme (issue #3): transactions and the /hooks/payme endpoint.
    resolve: "@bozor/medusa-payme",
    options: {
      merchantId: env.PAYME_MERCHANT_ID,
      secretKey: env.PAYME_SECRET_KEY,
      testMode: env.PAYME_TEST_MODE === "true",
      accountField: env.PAYME_ACCOUNT_FIELD || "order_id",
    },
  },
  {
    // Product reviews (issue #7); options validated by the plugin's loader.
    resolve: "@bozor/medusa-reviews",
    options: {
      autoApprove: env.REVIEWS_AUTO_APPROVE === "true",
      rateLimitMax: env.REVIEWS_RATE_LIMIT_MAX
        ? Number(env.REVIEWS_RATE_LIMIT_MAX)
        : undefined,
      rateLimitWindowSeconds: env.REVIEWS_RATE_LIMIT_WINDOW_SECONDS
        ? Number(env.REVIEWS_RATE_LIMIT_WINDOW_SECONDS)
        : undefined,
    },
  },
  {
    // Wishlists (issue #6); options validated by the plugin's loader.
    resolve: "@bozor/medusa-wishlist",
    options: {
      alertCooldownMs: env.WISHLIST_ALERT_COOLDOWN_MS
        ? Number(env.WISHLIST_ALERT_COOLDOWN_MS)
        : undefined,
    },
  },
]

/**
 * `BOZOR_DISABLED_PLUGINS=payme,click` takes plugins out of this store, with
 * the providers they bring (the plugin-removal test boots each one out).
 */
const disabledPlugins = (env.BOZOR_DISABLED_PLUGINS ?? "")
  .split(",")
  .map((name) => name.trim())
  .filter(Boolean)

function enabled<T extends { resolve: string }>(entries: T[]): T[] {
  return entries.filter(
    ({ resolve }) =>
      !disabledPlugins.some(
        (name) =>
          resolve === `@bozor/medusa-${name}` ||
          resolve.startsWith(`@bozor/medusa-${name}/`)
      )
  )
}

module.exports = defineConfig({
  plugins: enabled(plugins),
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl,
    workerMode,
    // `npm start` serves plain HTTP on localhost and sets COOKIE_SECURE=false;
    // Medusa's production default (Secure cookies) applies otherwise.
    cookieOptions:
      env.COOKIE_SECURE === "false" ? { secure: false } : undefined,
    http: {
      storeCors: env.STORE_CORS || "http://localhost:8000",
      adminCors:
        env.ADMIN_CORS || "http://localhost:9000,http://localhost:5173",
      authCors:
        env.AUTH_CORS ||
        "http://localhost:8000,http://localhost:9000,http://localhost:5173",
      jwtSecret: secret("JWT_SECRET"),
      cookieSecret: secret("COOKIE_SECRET"),
    },
  },
  admin: {
    disable: env.MEDUSA_ADMIN_DISABLED === "true" || workerMode === "worker",
    backendUrl: env.MEDUSA_BACKEND_URL || "/",
  },
  featureFlags: {
    caching: cachingEnabled,
  },
  modules: [
    ...redisModules,
    ...cachingModules,
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: enabled(paymentProviders) },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: enabled(notificationProviders) },
    },
    ...bozorModules,
    ...searchModules,
  ],
})
