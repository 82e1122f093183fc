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
          : // Clones in and out: Medusa's own code changes objects it got from
            // query.graph (useQueryGraphStep unwraps `data` in place), and
            // the in-memory provider would hand the changed object to the
            // next reader: a customer's second cart transfer answered 500.
            { in_memory: { enable: true, useClones: true } },
      },
    ]
  : []
