import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type {
  AuthThrottleModuleOptions,
  ResolvedAuthThrottleOptions,
} from "../types"

const positiveInt = (max: number) => z.number().int().min(1).max(max)

// Not strict: Medusa adds its own keys (such as `database`) to module options.
const optionsSchema = z.object({
  windowSeconds: positiveInt(7 * 24 * 3600).default(900),
  maxFailuresPerAccount: positiveInt(10_000).default(10),
  maxFailuresPerIp: positiveInt(100_000).default(50),
  maxRequestsPerIp: positiveInt(100_000).default(30),
  redisUrl: z.string().min(1).optional(),
  keyPrefix: z.string().min(1).max(100).default("bozor-auth"),
})

/** Parses the module's options; a bad one stops the start-up, named. */
export function resolveAuthThrottleOptions(
  options: AuthThrottleModuleOptions = {}
): ResolvedAuthThrottleOptions {
  const parsed = optionsSchema.safeParse(options)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${issue.path.join(".") || "options"}\` of the auth-throttle module is invalid: ${issue.message}.`
    )
  }
  const { windowSeconds, maxFailuresPerAccount, maxFailuresPerIp } = parsed.data
  const { maxRequestsPerIp, redisUrl, keyPrefix } = parsed.data
  return {
    windowSeconds,
    maxFailuresPerAccount,
    maxFailuresPerIp,
    maxRequestsPerIp,
    redisUrl,
    keyPrefix,
  }
}

export default async function validateOptionsLoader({
  options,
}: LoaderOptions<AuthThrottleModuleOptions>) {
  resolveAuthThrottleOptions(options ?? {})
}
