import { z } from "@medusajs/framework/zod"

/** Currency-keyed records: 3-letter codes, at most 50 of them. */
const byCurrency = <T extends z.ZodTypeAny>(field: string, value: T) =>
  z
    .record(z.string(), value)
    .refine(
      (r) => Object.keys(r).every((k) => /^[a-zA-Z]{3}$/.test(k)),
      `${field}: every currency must be a 3-letter code`
    )
    .refine(
      (r) => Object.keys(r).length <= 50,
      `${field}: at most 50 currencies`
    )

/**
 * Changes to the program (snake_case, as GET returns them): every field is
 * optional and one given replaces the stored value. Same bounds as the
 * module options, plus sizes.
 */
export const AdminUpdateLoyaltySettings = z
  .object({
    earn_rates: byCurrency(
      "earn_rates",
      z
        .object({
          points: z.number().finite().min(0).max(1_000_000),
          per: z.number().finite().positive().max(1_000_000_000),
        })
        .strict()
    ),
    point_values: byCurrency(
      "point_values",
      z.number().finite().positive().max(1_000_000_000)
    ),
    max_redeem_share: z.number().finite().gt(0).lte(1),
    tiers: z
      .array(
        z
          .object({
            name: z.string().trim().min(1).max(50),
            threshold: z.number().int().min(0).max(1_000_000_000),
            multiplier: z.number().finite().positive().max(100),
          })
          .strict()
      )
      .min(1)
      .max(20)
      .refine(
        (tiers) => tiers.some((t) => t.threshold === 0),
        "tiers: one tier needs threshold 0"
      )
      .refine(
        (tiers) => new Set(tiers.map((t) => t.name)).size === tiers.length,
        "tiers: tier names must differ"
      ),
    tier_window_months: z.number().int().min(1).max(120),
    expiry_months: z.number().int().min(0).max(120),
    expiry_notice_days: z.number().int().min(0).max(365),
  })
  .partial()
  .strict()
export type AdminUpdateLoyaltySettingsType = z.infer<
  typeof AdminUpdateLoyaltySettings
>
