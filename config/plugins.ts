import { env, flag, optional, optionalJson, optionalNumber } from "./env"
import { clickOptions, paymeOptions } from "./payments"
import { eskizCallbackSecret, fcmConfigured } from "./notifications"

/**
 * Bozor's plugins (`plugins/*`), each with its options (tables in each
 * plugin's README). A plugin registers its own modules, routes, workflows,
 * subscribers, jobs and admin screens; providers are listed in their Medusa
 * module (payments.ts, notifications.ts, search.ts).
 */
export const plugins = [
  { resolve: "@bozor/medusa-search", options: {} },
  { resolve: "@bozor/medusa-paypal", options: {} },
  {
    resolve: "@bozor/medusa-eskiz",
    options: { callbackSecret: eskizCallbackSecret, providerId: "eskiz" },
  },
  { resolve: "@bozor/medusa-smtp", options: {} },
  {
    resolve: "@bozor/medusa-disputes",
    options: {
      windowDays: optionalNumber("DISPUTES_WINDOW_DAYS"),
      slaHours: optionalNumber("DISPUTES_SLA_HOURS"),
    },
  },
  {
    resolve: "@bozor/medusa-notifications",
    options: {
      storeName: optional("NOTIFICATION_STORE_NAME"),
      adminLocale: optional("NOTIFICATION_ADMIN_LOCALE"),
      retryMaxAttempts: optionalNumber("NOTIFICATION_MAX_ATTEMPTS"),
      retryBaseDelaySeconds: optionalNumber("NOTIFICATION_RETRY_BASE_SECONDS"),
      inbox: flag("NOTIFICATION_INBOX"),
      // Every customer message also as a push when FCM is configured.
      push: fcmConfigured,
      quietHours: optionalJson("NOTIFICATION_QUIET_HOURS"),
      campaignRatePerSecond: optionalJson("NOTIFICATION_CAMPAIGN_RATES"),
      campaignBatchSize: optionalNumber("NOTIFICATION_CAMPAIGN_BATCH_SIZE"),
    },
  },
  {
    resolve: "@bozor/medusa-loyalty",
    options: {
      earnRates: optionalJson("LOYALTY_EARN_RATES"),
      pointValues: optionalJson("LOYALTY_POINT_VALUES"),
      maxRedeemShare: optionalNumber("LOYALTY_MAX_REDEEM_SHARE"),
      tiers: optionalJson("LOYALTY_TIERS"),
      tierWindowMonths: optionalNumber("LOYALTY_TIER_WINDOW_MONTHS"),
      expiryMonths: optionalNumber("LOYALTY_EXPIRY_MONTHS"),
      expiryNoticeDays: optionalNumber("LOYALTY_EXPIRY_NOTICE_DAYS"),
    },
  },
  // Without credentials the /hooks/click callbacks answer 404.
  { resolve: "@bozor/medusa-click", options: clickOptions ?? {} },
  { resolve: "@bozor/medusa-payme", options: paymeOptions },
  {
    resolve: "@bozor/medusa-reviews",
    options: {
      autoApprove: flag("REVIEWS_AUTO_APPROVE"),
      rateLimitMax: optionalNumber("REVIEWS_RATE_LIMIT_MAX"),
      rateLimitWindowSeconds: optionalNumber(
        "REVIEWS_RATE_LIMIT_WINDOW_SECONDS"
      ),
    },
  },
  // Customer devices for push (issue #19), with the FCM provider.
  ...(fcmConfigured ? [{ resolve: "@bozor/medusa-push", options: {} }] : []),
  {
    resolve: "@bozor/medusa-wishlist",
    options: { alertCooldownMs: optionalNumber("WISHLIST_ALERT_COOLDOWN_MS") },
  },
  {
    resolve: "@bozor/medusa-delivery",
    options: {
      offerTimeoutSeconds: optionalNumber("DELIVERY_OFFER_TIMEOUT_SECONDS"),
      autoDispatch: env.DELIVERY_AUTO_DISPATCH !== "false",
      maxOfferDistanceKm: optionalNumber("DELIVERY_MAX_OFFER_DISTANCE_KM"),
      locationRetentionHours: optionalNumber(
        "DELIVERY_LOCATION_RETENTION_HOURS"
      ),
      locationMinIntervalMs: optionalNumber(
        "DELIVERY_LOCATION_MIN_INTERVAL_MS"
      ),
      averageSpeedKmh: optionalNumber("DELIVERY_AVERAGE_SPEED_KMH"),
      depot: optionalJson("DELIVERY_DEPOT"),
      lateAfterMinutes: optionalNumber("DELIVERY_LATE_AFTER_MINUTES"),
      earningBase: optionalNumber("DELIVERY_EARNING_BASE"),
      earningPerKm: optionalNumber("DELIVERY_EARNING_PER_KM"),
      driverNotificationChannel: optional("DELIVERY_DRIVER_CHANNEL"),
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

export const isEnabled = (name: string) => !disabledPlugins.includes(name)

export function enabled<T extends { resolve: string }>(entries: T[]): T[] {
  return entries.filter(
    ({ resolve }) =>
      !disabledPlugins.some(
        (name) =>
          resolve === `@bozor/medusa-${name}` ||
          resolve.startsWith(`@bozor/medusa-${name}/`)
      )
  )
}
