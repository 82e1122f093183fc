import { env, redisUrl } from "./env"

export const cachingEnabled = env.MEDUSA_FF_CACHING === "true"

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
 * Medusa's caching module (behind the `caching` feature flag): Redis when
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
          : { in_memory: { enable: true } },
      },
    ]
  : []
