import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * Options of the Eskiz plugin (`plugins: [{ resolve: "@bozor/medusa-eskiz",
 * options }]`), used by its delivery-status callback route.
 */
export type EskizPluginOptions = {
  /**
   * Secret (16–500 characters) the per-message callback tokens are an
   * HMAC-SHA256 under: the same value as the `notification-eskiz` provider's
   * `callbackSecret`. Without it every callback is refused with 401.
   */
  callbackSecret?: string
  /**
   * The id the `notification-eskiz` provider is registered under in the
   * notification module (`providers: [{ id }]`). A callback is accepted only
   * for a notification that provider sent. Defaults to `eskiz`.
   */
  providerId?: string
}

export type ResolvedEskizPluginOptions = {
  callbackSecret?: string
  providerId: string
}

// An unset env var arrives as undefined or "" from medusa-config.
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), schema)

// Not strict: Medusa adds its own keys (such as `database`) to module options.
const optionsSchema = z.object({
  callbackSecret: optional(
    z
      .string({ message: "must be a string" })
      .min(16, { message: "must be at least 16 characters" })
      .max(500, { message: "must be at most 500 characters" })
      .optional()
  ),
  providerId: optional(
    z
      .string({ message: "must be a string" })
      .regex(/^[A-Za-z0-9_-]{1,64}$/, {
        message: "must be a provider id (letters, digits, _ and -)",
      })
      .default("eskiz")
  ),
})

/** Validates the plugin's options; throws `INVALID_DATA` naming the bad option. */
export function parseEskizPluginOptions(
  options: EskizPluginOptions | undefined | null
): ResolvedEskizPluginOptions {
  const parsed = optionsSchema.safeParse(options ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${issue.path.join(".") || "options"}\` of the Eskiz plugin ${issue.message}.`
    )
  }
  return {
    callbackSecret: parsed.data.callbackSecret,
    providerId: parsed.data.providerId ?? "eskiz",
  }
}
