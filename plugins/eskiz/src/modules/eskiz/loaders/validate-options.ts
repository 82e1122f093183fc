import type { LoaderOptions } from "@medusajs/framework/types"
import { type EskizPluginOptions, parseEskizPluginOptions } from "../options"

/**
 * Stops the start-up on bad Eskiz plugin options. Medusa calls `static
 * validateOptions` only on module providers, so the data module validates in
 * a loader.
 */
export default async function validateOptionsLoader({
  options,
}: LoaderOptions<EskizPluginOptions>) {
  parseEskizPluginOptions(options)
}
