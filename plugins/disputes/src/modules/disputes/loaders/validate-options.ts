import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { DisputesModuleOptions } from "../types"

// zod refuses NaN and Infinity as numbers: medusa-config.ts turns a set env
// into Number(...), so `DISPUTES_SLA_HOURS=abc` arrives as NaN.
const positive = (name: string) =>
  z
    .number({ message: `Option \`${name}\` must be a positive number` })
    .positive({ message: `Option \`${name}\` must be a positive number` })
    .optional()

/**
 * The disputes module's options (see the plugin README). Not strict: Medusa
 * adds its own keys (`database`, …) to a module's options.
 */
export const disputesModuleOptionsSchema = z.object({
  windowDays: positive("windowDays"),
  slaHours: positive("slaHours"),
})

/**
 * Refuses malformed disputes options with an `INVALID_DATA` error that names
 * the option and the value received. Medusa calls `static validateOptions`
 * only on module providers, so a data module validates in a loader.
 */
export function validateDisputesOptions(
  options: unknown = {}
): DisputesModuleOptions {
  const parsed = disputesModuleOptionsSchema.safeParse(options ?? {})
  if (parsed.success) {
    return parsed.data
  }
  const issue = parsed.error.issues[0]
  const key = String(issue.path[0])
  const received = (options as Record<string, unknown>)[key]
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `${issue.message} (got ${typeof received === "string" ? JSON.stringify(received) : String(received)}).`
  )
}

/** Module loader: stops the start-up when the options are malformed. */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<DisputesModuleOptions>) {
  validateDisputesOptions(options ?? {})
}
