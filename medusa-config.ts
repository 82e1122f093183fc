import { defineConfig } from "@medusajs/framework/utils"
import {
  env,
  optionalNumber,
  redisUrl,
  secret,
  workerMode as readWorkerMode,
} from "./config/env"
import {
  cachingEnabled,
  cachingModules,
  redisModules,
} from "./config/infrastructure"
import { paymentProviders } from "./config/payments"
import { notificationProviders } from "./config/notifications"
import { fulfillmentProviders } from "./config/fulfillment"
import { searchModules } from "./config/search"
import { enabled, isEnabled, plugins } from "./config/plugins"

// The Bozor store: Medusa with Bozor's plugins. Each file of config/ turns
// the environment into one part's options (README: "Configuration").
const workerMode = readWorkerMode()

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
      resolve: "@medusajs/medusa/fulfillment",
      options: { providers: enabled(fulfillmentProviders) },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: enabled(notificationProviders) },
    },
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
    ...searchModules(isEnabled("search")),
  ],
})
