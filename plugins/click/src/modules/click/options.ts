import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { ClickOptions } from "../../providers/click/types"

/**
 * Options of the Click plugin (`plugins: [{ resolve: "@bozor/medusa-click",
 * options }]`): the same credentials as the `click` payment provider. Empty
 * (`{}`) means Click is not configured: the callbacks answer 404.
 */
export type ClickModuleOptions = Partial<
  Omit<ClickOptions, "service_id" | "merchant_id" | "merchant_user_id">
> & {
  /** Click service id; a number is accepted and kept as its decimal string. */
  service_id?: string | number
  /** Click merchant id. */
  merchant_id?: string | number
  /** Merchant API user id. */
  merchant_user_id?: string | number
}

const REQUIRED = [
  "service_id",
  "merchant_id",
  "merchant_user_id",
  "secret_key",
] as const

// Unset values arrive as undefined or "" (an unset env var in medusa-config).
const unset = (v: unknown) => v === undefined || v === null || v === ""
const optional = <T extends z.ZodTypeAny>(schema: T) =>
  z.preprocess((v) => (unset(v) ? undefined : v), schema.optional())
const numericId = optional(
  z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d+$/, { message: "must be Click's numeric id" }))
)
const url = optional(
  z
    .string({ message: "must be an absolute URL" })
    .url({ message: "must be an absolute URL" })
)

// Not strict: Medusa adds its own keys (such as `database`) to module options.
const optionsSchema = z.object({
  service_id: numericId,
  merchant_id: numericId,
  merchant_user_id: numericId,
  secret_key: optional(z.string({ message: "must be a string" })),
  return_url: url,
  api_url: url,
  test_mode: optional(z.boolean({ message: "must be a boolean" })),
  timeout_ms: optional(
    z
      .number({ message: "must be a number" })
      .int({ message: "must be an integer" })
      .min(1, { message: "must be >= 1" })
  ),
})

/**
 * Validates and normalises the plugin's options: the Click options, or null
 * when none of the credentials is set. Throws `INVALID_DATA` naming the
 * option when one is malformed or when only some credentials are set.
 */
export function parseClickModuleOptions(
  options: ClickModuleOptions | undefined | null
): ClickOptions | null {
  const raw = (options ?? {}) as Record<string, unknown>
  const parsed = optionsSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue.path.join(".") || "options"
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`${name}\` of the Click plugin ${issue.message}.`
    )
  }
  const value = parsed.data
  if (REQUIRED.every((key) => value[key] === undefined)) {
    return null
  }
  for (const key of REQUIRED) {
    if (value[key] === undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Option \`${key}\` is required`
      )
    }
  }
  return value as ClickOptions
}
