import type { LoaderOptions } from "@medusajs/framework/types"
import { validateLoyaltyOptions } from "../options"

/**
 * Stops the start-up on bad options: Medusa calls `validateOptions` only on
 * module providers, so a data module checks its options in a loader.
 */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions) {
  validateLoyaltyOptions(options ?? {})
}
