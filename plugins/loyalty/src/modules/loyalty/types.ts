/** A points-earning rate: `points` for every `per` currency units (major units). */
export type EarnRate = { points: number; per: number }

/** A tier reached with `threshold` points earned in the last `tierWindowMonths`. */
export type TierDefinition = {
  /** Tier name, for example `silver`. */
  name: string
  /** Points earned in the window needed to reach the tier (the first tier uses 0). */
  threshold: number
  /** Multiplier applied to points earned while in this tier, e.g. 1.25. */
  multiplier: number
}

/** Options of the loyalty module (`medusa-config.ts`, from env). */
export type LoyaltyModuleOptions = {
  /** Points earned per currency (lower-case code), e.g. `{ uzs: { points: 1, per: 1000 } }`. */
  earnRates?: Record<string, EarnRate>
  /** Discount value of one point per currency (major units), e.g. `{ uzs: 100 }`. */
  pointValues?: Record<string, number>
  /** Largest share of the cart's item total (shipping excluded) points may pay for, 0 < share <= 1. */
  maxRedeemShare?: number
  /** Tiers, lowest first. */
  tiers?: TierDefinition[]
  /** Months over which earned points count towards a tier. */
  tierWindowMonths?: number
  /** Points expire this many months after they were credited (0 = never). */
  expiryMonths?: number
  /** Customers are told this many days before their points expire. */
  expiryNoticeDays?: number
}

export type ResolvedLoyaltyOptions = Required<LoyaltyModuleOptions>

export const DEFAULT_LOYALTY_OPTIONS: ResolvedLoyaltyOptions = {
  earnRates: { uzs: { points: 1, per: 1000 }, usd: { points: 10, per: 1 } },
  pointValues: { uzs: 100, usd: 0.01 },
  maxRedeemShare: 0.5,
  tiers: [
    { name: "bronze", threshold: 0, multiplier: 1 },
    { name: "silver", threshold: 5000, multiplier: 1.25 },
    { name: "gold", threshold: 20000, multiplier: 1.5 },
  ],
  tierWindowMonths: 12,
  expiryMonths: 12,
  expiryNoticeDays: 14,
}

export type LoyaltyTransactionType =
  "earn" | "redeem" | "reverse" | "expire" | "adjust"

/** One ledger entry to post. `points` is signed: credits > 0, debits < 0. */
export type LedgerEntryInput = {
  type: LoyaltyTransactionType
  points: number
  /** With `source_id`, unique in the ledger: the same source never posts twice. */
  source_type: string
  source_id: string
  order_id?: string | null
  currency_code?: string | null
  amount?: string | number | null
  reason?: string | null
  expires_at?: Date | null
  metadata?: Record<string, unknown> | null
  /**
   * For debits: take at most what is there instead of failing (reversals of
   * points already spent). Earn reversals are also capped at what the order
   * earned and has not reversed yet.
   */
  clamp?: boolean
}
