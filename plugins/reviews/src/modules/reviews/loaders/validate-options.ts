import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { ReviewsModuleOptions } from "../types"

// Not strict: Medusa adds its own keys (such as `database`) to module options.
// zod refuses NaN: medusa-config.ts turns a set env into Number(...), so
// `REVIEWS_RATE_LIMIT_MAX=abc` arrives as NaN.
const optionsSchema = z.object({
  autoApprove: z.boolean({ message: "must be a boolean" }).optional(),
  rateLimitMax: z
    .number({ message: "must be a number" })
    .int({ message: "must be an integer" })
    .min(0, { message: "must be >= 0" })
    .optional(),
  rateLimitWindowSeconds: z
    .number({ message: "must be a number" })
    .int({ message: "must be an integer" })
    .min(1, { message: "must be >= 1" })
    .optional(),
})

/**
 * Refuses malformed reviews options (see the plugin's README): throws
 * `INVALID_DATA` naming the option and the value given.
 */
export function validateReviewsOptions(options: ReviewsModuleOptions = {}) {
  const parsed = optionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue.path.join(".") || "options"
    const raw = (options as Record<string, unknown>)[name]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${name}\` of the reviews plugin ${issue.message} (got ${typeof raw === "string" ? JSON.stringify(raw) : String(raw)}).`
    )
  }
}

/**
 * Stops the start-up on bad options. Medusa calls `static validateOptions`
 * only on module providers, so a data module validates in a loader.
 */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<ReviewsModuleOptions>) {
  validateReviewsOptions(options ?? {})
}
