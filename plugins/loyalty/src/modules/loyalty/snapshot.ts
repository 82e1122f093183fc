import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/*
 * The ledger snapshot `loyalty_account` keeps (issue #17), so the summary
 * reads one row instead of aggregating the ledger.
 *
 * Totals that do not depend on the time are moved exactly by every write.
 * Those that do (credits not expired yet, points earned in the tier window)
 * are kept as of a checkpoint that every locked operation refreshes from the
 * ledger; a read adds the entries between the checkpoint and its own time.
 */

/** Totals that do not depend on the time. */
export type LedgerTotals = {
  /** Ledger entries. */
  entry_count: number
  /** Points taken by debits other than expiry. */
  spent_points: number
  /** Points taken by expiry entries. */
  expired_points: number
  /** Points of credits with an expiry date. */
  expiring_credit_points: number
}

/** Sums that depend on the time, as of a checkpoint. */
export type TimeCheckpoint = {
  /** When `unexpired_credit_points` was computed. */
  snapshot_at: Date | null
  /** Points of credits expiring after `snapshot_at`. */
  unexpired_credit_points: number
  /** The tier window's start at `snapshot_at`. */
  window_start: Date | null
  /** Points earned (earn minus earn reversals) since `window_start`. */
  window_earned_points: number
}

export type AccountSnapshot = LedgerTotals & TimeCheckpoint

export type LedgerEntryFacts = {
  type: string
  points: number
  source_type: string
  expires_at: Date | string | null
  /** Unset for an entry being written now: it is inside the tier window. */
  created_at?: Date | string
}

/** Ledger source types whose negative entries take back earned points. */
export const EARN_REVERSAL_SOURCES = ["refund", "order_cancel"]

export const EMPTY_TOTALS: LedgerTotals = {
  entry_count: 0,
  spent_points: 0,
  expired_points: 0,
  expiring_credit_points: 0,
}

/** `loyalty_account` columns that hold the totals. */
export const TOTALS_COLUMNS = Object.keys(
  EMPTY_TOTALS
) as (keyof LedgerTotals)[]

/** `loyalty_account` columns of the snapshot. */
export const SNAPSHOT_COLUMNS = [
  ...TOTALS_COLUMNS,
  "snapshot_at",
  "unexpired_credit_points",
  "window_start",
  "window_earned_points",
] as const

/**
 * SQL condition of the entries that count towards the tier; binds
 * `...EARN_REVERSAL_SOURCES`.
 */
export const EARNS_TIER_SQL = `(type = 'earn' OR (type = 'reverse' AND source_type IN (?, ?)))`

/**
 * The totals of a ledger as one SQL select list over `loyalty_transaction`,
 * the same definitions as `addEntries` (and as the aggregation they replace).
 */
export const LEDGER_TOTALS_SQL = `COUNT(*) AS entry_count,
  COALESCE(-SUM(points) FILTER (WHERE points < 0 AND type <> 'expire'), 0) AS spent_points,
  COALESCE(-SUM(points) FILTER (WHERE type = 'expire'), 0) AS expired_points,
  COALESCE(SUM(points) FILTER (WHERE points > 0 AND expires_at IS NOT NULL), 0) AS expiring_credit_points,
  COALESCE(SUM(points), 0) AS balance`

/** Whether an entry counts towards the tier (earnings and their reversals). */
export function earnsTier({ type, source_type }: LedgerEntryFacts) {
  return (
    type === "earn" ||
    (type === "reverse" && EARN_REVERSAL_SOURCES.includes(source_type))
  )
}

const toDate = (value: unknown) =>
  value == null ? null : new Date(value as string | Date)

/** The totals read from a row (counts and sums may arrive as strings). */
export function toTotals(
  row: Record<string, unknown> | undefined
): LedgerTotals {
  const totals = { ...EMPTY_TOTALS }
  for (const column of TOTALS_COLUMNS) {
    totals[column] = Number(row?.[column] ?? 0)
  }
  return totals
}

/** The snapshot read from a row. */
export function toSnapshot(
  row: Record<string, unknown> | undefined
): AccountSnapshot {
  return {
    ...toTotals(row),
    snapshot_at: toDate(row?.snapshot_at),
    unexpired_credit_points: Number(row?.unexpired_credit_points ?? 0),
    window_start: toDate(row?.window_start),
    window_earned_points: Number(row?.window_earned_points ?? 0),
  }
}

/**
 * The snapshot with entries added (`sign` 1) or taken out again (`sign` -1,
 * when a compensation deletes them), relative to its checkpoint.
 */
export function addEntries(
  snapshot: AccountSnapshot,
  entries: LedgerEntryFacts[],
  sign: 1 | -1 = 1
): AccountSnapshot {
  const next = { ...snapshot }
  for (const entry of entries) {
    const { type, points } = entry
    const expiresAt = toDate(entry.expires_at)
    next.entry_count += sign
    if (type === "expire") {
      next.expired_points -= sign * points
    } else if (points < 0) {
      next.spent_points -= sign * points
    }
    if (points > 0 && expiresAt) {
      next.expiring_credit_points += sign * points
      if (next.snapshot_at && expiresAt > next.snapshot_at) {
        next.unexpired_credit_points += sign * points
      }
    }
    const createdAt = toDate(entry.created_at)
    if (
      earnsTier(entry) &&
      next.window_start &&
      (!createdAt || createdAt >= next.window_start)
    ) {
      next.window_earned_points += sign * points
    }
  }
  return next
}

/**
 * Recomputes the checkpoint of a locked account from the ledger, as of `now`
 * and the tier window starting at `windowStart`: the one place that reads
 * every unexpired credit and the whole window. Run in a statement after the
 * lock, so that it sees what the writes before it committed.
 */
export async function refreshCheckpoint(
  manager: EntityManager,
  account: { id: string; customer_id: string },
  now: Date,
  windowStart: Date
): Promise<TimeCheckpoint> {
  const [row] = await manager.execute(
    `UPDATE loyalty_account SET snapshot_at = ?, window_start = ?,
       unexpired_credit_points = (
         SELECT COALESCE(SUM(points), 0) FROM loyalty_transaction
         WHERE customer_id = ? AND deleted_at IS NULL
           AND points > 0 AND expires_at IS NOT NULL AND expires_at > ?),
       window_earned_points = (
         SELECT COALESCE(SUM(points), 0) FROM loyalty_transaction
         WHERE customer_id = ? AND deleted_at IS NULL AND created_at >= ?
           AND ${EARNS_TIER_SQL})
     WHERE id = ?
     RETURNING unexpired_credit_points, window_earned_points`,
    [
      now,
      windowStart,
      account.customer_id,
      now,
      account.customer_id,
      windowStart,
      ...EARN_REVERSAL_SOURCES,
      account.id,
    ]
  )
  return {
    snapshot_at: now,
    unexpired_credit_points: Number(row.unexpired_credit_points),
    window_start: windowStart,
    window_earned_points: Number(row.window_earned_points),
  }
}

/** What `readSnapshot` gives for a time `at`. */
export type SnapshotRead = AccountSnapshot & {
  /** Whether the customer has an account (anything was ever posted). */
  exists: boolean
  balance: number
  tier: string | null
  expiry_notice_for: Date | null
  /** Points of credits expiring after `at`. */
  credits_after_at: number
  /** Points of credits expiring after `soon`. */
  credits_after_soon: number
  /** The first expiry date in (`at`, `soon`]. */
  first_soon: Date | null
  /** Points earned since `windowStart`. */
  earned_since_window_start: number
}

/**
 * The account's snapshot and the entries between its checkpoint and `at`,
 * in one statement (one consistent view): credits expiring between the
 * checkpoint and `at` or `soon`, and tier entries between the checkpoint's
 * window start and `windowStart`. Exact for any `at`; the ranges are short
 * when the checkpoint is recent.
 */
export async function readSnapshot(
  manager: EntityManager,
  customer_id: string,
  { at, soon, windowStart }: { at: Date; soon: Date; windowStart: Date }
): Promise<SnapshotRead> {
  const [row] = await manager.execute(
    `WITH input AS (
       SELECT ?::timestamptz AS at, ?::timestamptz AS soon, ?::timestamptz AS window_start
     ), account AS (
       SELECT a.id, a.balance, a.tier, a.expiry_notice_for,
         ${SNAPSHOT_COLUMNS.map((c) => `a.${c}`).join(", ")},
         COALESCE(a.snapshot_at, input.at) AS checkpoint,
         COALESCE(a.window_start, input.window_start) AS window_checkpoint
       FROM input
       LEFT JOIN loyalty_account a ON a.customer_id = ? AND a.deleted_at IS NULL
     )
     SELECT account.*, credits.*, earned.*
     FROM account CROSS JOIN input
     CROSS JOIN LATERAL (
       SELECT
         COALESCE(SUM(points) FILTER (WHERE expires_at > account.checkpoint AND expires_at <= input.at), 0) AS passed,
         COALESCE(SUM(points) FILTER (WHERE expires_at > input.at AND expires_at <= account.checkpoint), 0) AS pending,
         COALESCE(SUM(points) FILTER (WHERE expires_at > input.at AND expires_at <= input.soon), 0) AS soon_points,
         MIN(expires_at) FILTER (WHERE expires_at > input.at AND expires_at <= input.soon) AS first_soon
       FROM loyalty_transaction
       WHERE customer_id = ? AND deleted_at IS NULL
         AND points > 0 AND expires_at IS NOT NULL
         AND expires_at > LEAST(account.checkpoint, input.at)
         AND expires_at <= GREATEST(account.checkpoint, input.soon)
     ) AS credits
     CROSS JOIN LATERAL (
       SELECT
         COALESCE(SUM(points) FILTER (WHERE created_at < input.window_start), 0) AS left_window,
         COALESCE(SUM(points) FILTER (WHERE created_at < account.window_checkpoint), 0) AS joined_window
       FROM loyalty_transaction
       WHERE customer_id = ? AND deleted_at IS NULL AND ${EARNS_TIER_SQL}
         AND created_at >= LEAST(account.window_checkpoint, input.window_start)
         AND created_at < GREATEST(account.window_checkpoint, input.window_start)
     ) AS earned`,
    [
      at,
      soon,
      windowStart,
      customer_id,
      customer_id,
      customer_id,
      ...EARN_REVERSAL_SOURCES,
    ]
  )
  const n = (v: unknown) => Number(v ?? 0)
  const snapshot = toSnapshot(row)
  // Credits expiring after `at`: those after the checkpoint, less those
  // expiring between it and `at`, or plus those expiring between `at` and
  // it (`at` before the checkpoint).
  const credits_after_at =
    snapshot.unexpired_credit_points - n(row.passed) + n(row.pending)
  return {
    ...snapshot,
    exists: row.id != null,
    balance: n(row.balance),
    tier: (row.tier as string | null) ?? null,
    expiry_notice_for: (row.expiry_notice_for as Date | null) ?? null,
    credits_after_at,
    credits_after_soon: credits_after_at - n(row.soon_points),
    first_soon: toDate(row.first_soon),
    // Tier entries between the two window starts left the window (it moved
    // on) or joined it (`at` before the checkpoint).
    earned_since_window_start:
      snapshot.window_earned_points - n(row.left_window) + n(row.joined_window),
  }
}
