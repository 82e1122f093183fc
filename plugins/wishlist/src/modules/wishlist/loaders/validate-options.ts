import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { WishlistModuleOptions } from "../types"

const DAY_MS = 24 * 60 * 60 * 1000

/** The longest cooldown accepted: a year. */
export const MAX_ALERT_COOLDOWN_MS = 365 * DAY_MS

// Not strict: Medusa adds its own keys (such as `database`) to module options.
// zod refuses NaN and Infinity: medusa-config.ts turns a set env into
// Number(...), so `WISHLIST_ALERT_COOLDOWN_MS=abc` arrives as NaN.
const optionsSchema = z.object({
  alertCooldownMs: z
    .number({ message: "must be a number of milliseconds" })
    .int({ message: "must be a whole number of milliseconds" })
    .min(0, { message: "must not be negative" })
    .max(MAX_ALERT_COOLDOWN_MS, {
      message: `must be at most ${MAX_ALERT_COOLDOWN_MS} (a year)`,
    })
    .default(DAY_MS),
})

/**
 * Parses the wishlist module's options (see docs/wishlist.md) and fills the
 * defaults. A bad value throws `INVALID_DATA` naming the option and the value.
 */
export function validateWishlistOptions(
  options: unknown = {}
): Required<WishlistModuleOptions> {
  const parsed = optionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue.path.join(".") || "options"
    const given = (options ?? {}) as Record<string, unknown>
    const raw = given[name]
    const value =
      name in given
        ? typeof raw === "string"
          ? JSON.stringify(raw)
          : String(raw)
        : undefined
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${name}\` of the wishlist module is invalid${value === undefined ? "" : ` (${value})`}: ${issue.message}.`
    )
  }
  return { alertCooldownMs: parsed.data.alertCooldownMs }
}

/**
 * Stops the start-up on bad options. Medusa calls `static validateOptions`
 * only on module providers, so a data module validates in a loader.
 */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<WishlistModuleOptions>) {
  validateWishlistOptions(options)
}
