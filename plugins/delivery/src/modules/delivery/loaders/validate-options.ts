import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { DeliveryModuleOptions, ResolvedDeliveryOptions } from "../types"

/** Central Tashkent (Amir Temur square). */
export const DEFAULT_DEPOT = { lat: 41.3111, lng: 69.2797 }

const num = (min: number, max: number) =>
  z
    .number({ message: "must be a number" })
    .min(min, { message: `must be at least ${min}` })
    .max(max, { message: `must be at most ${max}` })

// Not strict: Medusa adds its own keys (such as `database`) to module options.
const optionsSchema = z.object({
  offerTimeoutSeconds: num(5, 3600).int().default(60),
  autoDispatch: z.boolean().default(true),
  maxOfferDistanceKm: num(0.1, 500).default(20),
  locationFreshMinutes: num(1, 24 * 60).default(30),
  locationRetentionHours: num(1, 24 * 90).default(24),
  locationMinIntervalMs: num(0, 600_000).int().default(1000),
  averageSpeedKmh: num(1, 200).default(25),
  depot: z
    .object({ lat: num(-90, 90), lng: num(-180, 180) })
    .default(DEFAULT_DEPOT),
  lateAfterMinutes: num(1, 7 * 24 * 60)
    .int()
    .default(180),
  earningBase: num(0, 1e12).default(10000),
  earningPerKm: num(0, 1e12).default(2000),
  currencyCode: z
    .string()
    .regex(/^[a-z]{3}$/, { message: "must be a lower-case ISO 4217 code" })
    .default("uzs"),
  driverNotificationChannel: z.string().min(1).default("feed"),
  loginCodeTtlSeconds: num(60, 3600).int().default(300),
  loginCodeResendSeconds: num(0, 3600).int().default(60),
  loginCodeMaxAttempts: num(1, 20).int().default(5),
})

/**
 * Parses the delivery options (README, "Options") and fills the defaults. A
 * bad value throws `INVALID_DATA` naming the option.
 */
export function validateDeliveryOptions(
  options: unknown = {}
): ResolvedDeliveryOptions {
  // Unset env values arrive as undefined: drop them so defaults apply.
  const given = Object.fromEntries(
    Object.entries((options ?? {}) as Record<string, unknown>).filter(
      ([, v]) => v !== undefined && v !== null
    )
  )
  const parsed = optionsSchema.safeParse(given)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue.path.join(".") || "options"
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${name}\` of @bozor/medusa-delivery is invalid: ${issue.message}.`
    )
  }
  return parsed.data
}

/** Stops the start-up on bad options (a data module validates in a loader). */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<DeliveryModuleOptions>) {
  validateDeliveryOptions(options)
}
