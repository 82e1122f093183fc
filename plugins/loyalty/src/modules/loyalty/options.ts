import { z } from "@medusajs/framework/zod"
import { MedusaError } from "@medusajs/framework/utils"
import type { LoyaltyModuleOptions } from "./types"

/** Largest number of points one admin adjustment may move (either way). */
export const MAX_ADJUSTMENT_POINTS = 10_000_000

/**
 * Largest balance an account may hold: the `integer` columns of
 * `loyalty_account.balance` and `loyalty_transaction.points|balance_after`.
 */
export const MAX_BALANCE = 2_147_483_647

const positive = "must be a positive number"

/** Bounds of every loyalty module option (all optional: defaults apply). */
export const loyaltyOptionsSchema = z
  .object({
    earnRates: z
      .record(
        z.string().min(1),
        z
          .object({
            points: z.number().finite().min(0, "points must be >= 0"),
            per: z.number().finite().positive(`per ${positive}`),
          })
          .strict()
      )
      .optional(),
    pointValues: z
      .record(z.string().min(1), z.number().finite().positive(positive))
      .optional(),
    maxRedeemShare: z
      .number()
      .finite()
      .gt(0, "must be between 0 and 1")
      .lte(1, "must be between 0 and 1")
      .optional(),
    tiers: z
      .array(
        z
          .object({
            name: z.string().min(1, "needs a name"),
            threshold: z.number().int().min(0, "needs a threshold >= 0"),
            multiplier: z.number().finite().positive(`multiplier ${positive}`),
          })
          .strict()
      )
      .min(1, "needs at least one tier")
      .refine(
        (tiers) => tiers.some((t) => t.threshold === 0),
        "needs a first tier with threshold 0"
      )
      .optional(),
    tierWindowMonths: z
      .number()
      .int("must be a whole number of months")
      .min(1, "must be at least 1 month")
      .max(120, "must be at most 120 months")
      .optional(),
    expiryMonths: z
      .number()
      .int("must be a whole number of months")
      .min(0, "must be 0 (never) or more months")
      .max(120, "must be at most 120 months")
      .optional(),
    expiryNoticeDays: z
      .number()
      .int("must be a whole number of days")
      .min(0, "must be 0 or more days")
      .max(365, "must be at most 365 days")
      .optional(),
  })
  .strict()

const show = (value: unknown) =>
  typeof value === "number" || value === undefined
    ? String(value)
    : JSON.stringify(value)

type Issue = {
  code: string
  path: PropertyKey[]
  message: string
  expected?: string
  keys?: string[]
}

// Our own messages are kept; zod's generic ones are said plainly.
const describe = (issue: Issue) =>
  issue.code === "invalid_type" && issue.message.startsWith("Invalid")
    ? `must be a ${issue.expected}`
    : issue.code === "unrecognized_keys"
      ? "is not a known option"
      : issue.message

/**
 * Validates the loyalty module's options; throws an `INVALID_DATA`
 * `MedusaError` naming the first bad option and the value it got, e.g.
 * "Option `maxRedeemShare` of the loyalty module must be between 0 and 1
 * (got 7)."
 */
export function validateLoyaltyOptions(
  options: unknown = {}
): LoyaltyModuleOptions {
  // Medusa adds its own `database` settings to every module's options.
  const { database: _database, ...own } = (options ?? {}) as Record<
    string,
    unknown
  >
  const parsed = loyaltyOptionsSchema.safeParse(own)
  if (parsed.success) {
    return parsed.data
  }
  const issue = parsed.error.issues[0] as Issue
  const path = issue.path.map(String)
  let value: unknown = own
  for (const key of path) {
    value = (value as Record<string, unknown> | undefined)?.[key]
  }
  const name = [...path, ...(issue.keys ?? [])].join(".")
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `Option \`${name}\` of the loyalty module ${describe(issue)}${
      issue.keys ? "" : ` (got ${show(value)})`
    }.`
  )
}
