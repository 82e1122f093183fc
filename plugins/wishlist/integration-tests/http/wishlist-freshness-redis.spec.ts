import { execFileSync } from "node:child_process"
import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { wishlistFreshnessSuite } from "../helpers/freshness-suite"

jest.setTimeout(180 * 1000)

// The wishlist view's cached reads in Redis mode (REDIS_URL: Medusa's Redis
// caching provider, event bus and workflow engine, as with several server
// processes sharing one cache): each change shows in the very next view.
// Database 14 of the Redis found, emptied first (the store's redis-mode spec
// uses 15).
const REDIS_URL = (() => {
  const url = new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379")
  url.pathname = "/14"
  return url.toString()
})()

/** PING Redis synchronously: jest must know before it declares the suite. */
function redisAnswers(url: string) {
  const { hostname, port } = new URL(url)
  const probe = `
    const s = require("node:net").connect(${Number(port) || 6379}, ${JSON.stringify(hostname)});
    s.setTimeout(1500, () => process.exit(1));
    s.on("error", () => process.exit(1));
    s.on("connect", () => s.write("PING\\r\\n"));
    s.on("data", (d) => process.exit(d.toString().startsWith("+PONG") ? 0 : 1));`
  try {
    execFileSync(process.execPath, ["-e", probe], {
      stdio: "ignore",
      timeout: 5000,
    })
    return true
  } catch {
    return false
  }
}

if (!redisAnswers(REDIS_URL)) {
  console.warn(
    `[wishlist] Redis does not answer on ${REDIS_URL}: the Redis cache is not tested.`
  )
  it.skip("the wishlist view's cache in Redis (no Redis here)", () => {})
} else {
  const previous = process.env.REDIS_URL
  process.env.REDIS_URL = REDIS_URL
  afterAll(() => {
    if (previous === undefined) {
      delete process.env.REDIS_URL
    } else {
      process.env.REDIS_URL = previous
    }
  })

  medusaIntegrationTestRunner({
    hooks: {
      beforeServerStart: async () => {
        const redis = new Redis(REDIS_URL)
        await redis.flushdb()
        await redis.quit()
      },
    },
    testSuite: (context) => {
      let redis: Redis
      beforeAll(() => {
        redis = new Redis(REDIS_URL)
      })
      afterAll(async () => {
        await redis?.quit()
      })
      // The caching module's keys (Medusa's default prefix `mc:`), not the
      // event bus' or workflow engine's.
      const cacheKeys = () => redis.keys("mc:*")
      wishlistFreshnessSuite(context, {
        flush: async () => {
          const keys = await cacheKeys()
          if (keys.length) await redis.del(...keys)
        },
        size: async () => (await cacheKeys()).length,
      })
    },
  })
}
