import Redis from "ioredis"
import {
  RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
} from "rate-limiter-flexible"
import { resolveAuthThrottleOptions } from "./loaders/validate-options"
import type {
  AuthThrottleModuleOptions,
  ResolvedAuthThrottleOptions,
  ThrottleVerdict,
} from "./types"

type Limiters = {
  accountFailures: RateLimiterAbstract
  ipFailures: RateLimiterAbstract
  ipRequests: RateLimiterAbstract
}

/**
 * Counts login attempts per account and per IP, and account-route requests
 * per IP, with `rate-limiter-flexible`: in memory, or in Redis (shared by
 * every server) when `redisUrl` is set. A login attempt is counted before it
 * runs, so parallel guesses cannot slip past the limit, and given back when
 * it succeeds.
 */
export default class AuthThrottleModuleService {
  protected readonly options_: ResolvedAuthThrottleOptions
  protected readonly limiters_: Limiters
  protected readonly redis_?: Redis

  constructor(_: unknown, options: AuthThrottleModuleOptions = {}) {
    this.options_ = resolveAuthThrottleOptions(options)
    const { windowSeconds: duration, keyPrefix } = this.options_
    if (this.options_.redisUrl) {
      this.redis_ = new Redis(this.options_.redisUrl, {
        enableOfflineQueue: false,
        lazyConnect: true,
      })
    }
    const make = (name: string, points: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({
        keyPrefix: name,
        points,
        duration,
      })
      // While Redis is unreachable each server keeps counting on its own.
      return this.redis_
        ? new RateLimiterRedis({
            storeClient: this.redis_,
            keyPrefix: `${keyPrefix}:${name}`,
            points,
            duration,
            insuranceLimiter: memory,
          })
        : memory
    }
    this.limiters_ = {
      accountFailures: make("account", this.options_.maxFailuresPerAccount),
      ipFailures: make("ip", this.options_.maxFailuresPerIp),
      ipRequests: make("ip-requests", this.options_.maxRequestsPerIp),
    }
  }

  getOptions(): ResolvedAuthThrottleOptions {
    return this.options_
  }

  /** Counts a login attempt; refuses when the account or the IP is over its limit. */
  async consumeLogin(account: string, ip: string): Promise<ThrottleVerdict> {
    const byIp = await this.consume_(this.limiters_.ipFailures, ip, "ip")
    if (!byIp.allowed) {
      return byIp
    }
    const byAccount = await this.consume_(
      this.limiters_.accountFailures,
      account,
      "account"
    )
    if (!byAccount.allowed) {
      await this.limiters_.ipFailures.reward(ip, 1)
    }
    return byAccount
  }

  /** A successful login: the attempt was not a failure. */
  async forgiveLogin(account: string, ip: string): Promise<void> {
    await Promise.all([
      this.limiters_.accountFailures.delete(account),
      this.limiters_.ipFailures.reward(ip, 1),
    ])
  }

  /** Counts a register, reset-password or update request of one IP (and account). */
  async consumeRequest(ip: string, account?: string): Promise<ThrottleVerdict> {
    const byIp = await this.consume_(this.limiters_.ipRequests, ip, "ip")
    if (!byIp.allowed || !account) {
      return byIp
    }
    return await this.consume_(
      this.limiters_.ipRequests,
      `account:${account}`,
      "account"
    )
  }

  protected async consume_(
    limiter: RateLimiterAbstract,
    key: string,
    scope: "account" | "ip"
  ): Promise<ThrottleVerdict> {
    try {
      await limiter.consume(key, 1)
      return { allowed: true }
    } catch (e) {
      if (e instanceof RateLimiterRes) {
        return {
          allowed: false,
          scope,
          retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)),
        }
      }
      throw e
    }
  }

  __hooks = {
    /** Connects before the first request; until then, or while Redis is away, memory counts. */
    onApplicationStart: async () => {
      if (this.redis_?.status === "wait") {
        await this.redis_.connect()
      }
    },
    onApplicationShutdown: async () => {
      this.redis_?.disconnect()
    },
  }
}
