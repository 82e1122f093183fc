import type { LoaderOptions } from "@medusajs/framework/types"
import { type ClickModuleOptions, parseClickModuleOptions } from "../options"

/**
 * Stops the start-up on bad Click options. Medusa calls `static
 * validateOptions` only on module providers, so a data module validates in a
 * loader.
 */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<ClickModuleOptions>) {
  parseClickModuleOptions(options)
}
