import { env, redisUrl } from "./env"

/**
 * Medusa's caching module is on unless MEDUSA_FF_CACHING=false: it caches
 * the storefront's product reads and clears them on Medusa's own events
 * (issue #17; freshness tested in integration-tests/http/store-catalog-freshness.spec.ts).
 */
export const cachingEnabled = env.MEDUSA_FF_CACHING !== "false"

/** Medusa's own Redis-backed event bus, workflow engine and locking (scale-out). */
export const redisModules = redisUrl
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
 * Medusa's caching module (its `caching` feature flag on): Redis when
 * REDIS_URL is set so every server shares one cache, in memory otherwise.
 */
export const cachingModules = cachingEnabled
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
          : // Medusa's in-memory provider with each entry's top level copied
            // in and out (src/modules/caching-memory: a customer's second
            // cart transfer answered 500 with the stock one).
            {
              providers: [
                {
                  resolve: "./src/modules/caching-memory",
                  id: "memory",
                  is_default: true,
                },
              ],
            },
      },
    ]
  : []
