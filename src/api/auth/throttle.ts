import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  AUTH_THROTTLE_MODULE,
  type AuthThrottleModuleService,
  type ThrottleVerdict,
} from "../../modules/auth-throttle"

type Body = { email?: unknown; identifier?: unknown } | undefined

/** `customer:mijoz@bozor.uz`: the account a request names, if any. */
function accountKey(req: MedusaRequest): string | undefined {
  const body = req.body as Body
  const id = body?.email ?? body?.identifier
  if (typeof id !== "string" || !id) {
    return undefined
  }
  return `${req.params.actor_type}:${id.trim().toLowerCase().slice(0, 320)}`
}

function refuse(res: MedusaResponse, verdict: ThrottleVerdict) {
  if (verdict.allowed) {
    return
  }
  res.setHeader("Retry-After", String(verdict.retryAfterSeconds))
  res.status(429).json({
    type: "too_many_requests",
    message:
      verdict.scope === "account"
        ? `Too many attempts for this account. Try again in ${verdict.retryAfterSeconds} seconds.`
        : `Too many attempts from this address. Try again in ${verdict.retryAfterSeconds} seconds.`,
  })
}

/**
 * Login (`POST /auth/:actor_type/emailpass`): every attempt counts against
 * the account and the IP before it runs; a successful one is given back, so
 * only failures add up.
 */
export async function throttleLogin(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const throttle: AuthThrottleModuleService =
    req.scope.resolve(AUTH_THROTTLE_MODULE)
  const ip = req.ip ?? "unknown"
  const account = accountKey(req) ?? `${req.params.actor_type}:`
  const verdict = await throttle.consumeLogin(account, ip)
  if (!verdict.allowed) {
    return refuse(res, verdict)
  }
  res.on("finish", () => {
    if (res.statusCode < 300) {
      void throttle.forgiveLogin(account, ip).catch(() => undefined)
    }
  })
  next()
}

/** Register, reset-password and update: a plain budget per IP and per account. */
export async function throttleAccountRequest(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const throttle: AuthThrottleModuleService =
    req.scope.resolve(AUTH_THROTTLE_MODULE)
  const verdict = await throttle.consumeRequest(
    req.ip ?? "unknown",
    accountKey(req)
  )
  if (!verdict.allowed) {
    return refuse(res, verdict)
  }
  next()
}
