/** Options of the auth-throttle module (login and account-route throttling). */
export type AuthThrottleModuleOptions = {
  /** Length of a counting window, in seconds. Default 900 (15 minutes). */
  windowSeconds?: number
  /** Failed logins of one account (actor type + e-mail) per window. Default 10. */
  maxFailuresPerAccount?: number
  /** Failed logins from one IP address per window. Default 50. */
  maxFailuresPerIp?: number
  /** Register, reset-password and update requests from one IP per window. Default 30. */
  maxRequestsPerIp?: number
  /** Shares the counters between servers when set (Medusa's Redis). */
  redisUrl?: string
  /** Key prefix in Redis. Default `bozor-auth`. */
  keyPrefix?: string
}

export type ResolvedAuthThrottleOptions = Required<
  Omit<AuthThrottleModuleOptions, "redisUrl">
> & { redisUrl?: string }

/** Why a request was refused, and when to come back. */
export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; scope: "account" | "ip" }
