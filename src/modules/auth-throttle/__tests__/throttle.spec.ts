import Redis from "ioredis"
import AuthThrottleModuleService from "../service"
import { resolveAuthThrottleOptions } from "../loaders/validate-options"

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

describe("auth-throttle options", () => {
  it("fills defaults", () => {
    expect(resolveAuthThrottleOptions({})).toEqual({
      windowSeconds: 900,
      maxFailuresPerAccount: 10,
      maxFailuresPerIp: 50,
      maxRequestsPerIp: 30,
      keyPrefix: "bozor-auth",
      redisUrl: undefined,
    })
  })

  it.each([
    [{ maxFailuresPerAccount: 0 }, "maxFailuresPerAccount"],
    [{ windowSeconds: -1 }, "windowSeconds"],
    [{ maxRequestsPerIp: 2.5 }, "maxRequestsPerIp"],
    [{ maxFailuresPerIp: "ten" }, "maxFailuresPerIp"],
  ])("refuses %j, naming the option", (options, name) => {
    expect(() => resolveAuthThrottleOptions(options as never)).toThrow(
      `Option \`${name}\` of the auth-throttle module is invalid`
    )
  })
})

describe("auth-throttle counters", () => {
  const services: AuthThrottleModuleService[] = []
  afterAll(async () => {
    await Promise.all(services.map((s) => s.__hooks.onApplicationShutdown()))
  })

  it("refuses the attempt after the limit and forgives a success", async () => {
    const throttle = new AuthThrottleModuleService(null, {
      maxFailuresPerAccount: 3,
    })
    for (let i = 0; i < 3; i++) {
      expect(await throttle.consumeLogin("customer:a@b.uz", "1.1.1.1")).toEqual(
        {
          allowed: true,
        }
      )
    }
    const refused = await throttle.consumeLogin("customer:a@b.uz", "1.1.1.1")
    expect(refused).toMatchObject({ allowed: false, scope: "account" })

    await throttle.forgiveLogin("customer:a@b.uz", "1.1.1.1")
    expect(await throttle.consumeLogin("customer:a@b.uz", "1.1.1.1")).toEqual({
      allowed: true,
    })
  })

  it("shares the counters between two servers through Redis", async () => {
    const keyPrefix = `bozor-auth-test-${process.pid}-${Date.now()}`
    const options = { maxFailuresPerAccount: 4, redisUrl: REDIS_URL, keyPrefix }
    const a = new AuthThrottleModuleService(null, options)
    const b = new AuthThrottleModuleService(null, options)
    services.push(a, b)
    const redis = new Redis(REDIS_URL)
    await Promise.all([
      a.__hooks.onApplicationStart(),
      b.__hooks.onApplicationStart(),
    ])
    try {
      await redis.ping()
      for (let i = 0; i < 2; i++) {
        expect(
          (await a.consumeLogin("customer:x@b.uz", "2.2.2.2")).allowed
        ).toBe(true)
        expect(
          (await b.consumeLogin("customer:x@b.uz", "2.2.2.2")).allowed
        ).toBe(true)
      }
      expect(await a.consumeLogin("customer:x@b.uz", "2.2.2.2")).toMatchObject({
        allowed: false,
        scope: "account",
      })
      const keys = await redis.keys(`${keyPrefix}:*`)
      expect(keys.length).toBeGreaterThan(0)
      expect(
        Number(await redis.get(`${keyPrefix}:account:customer:x@b.uz`))
      ).toBe(5)
      await redis.del(...keys)
    } finally {
      redis.disconnect()
    }
  })
})
