import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { LoyaltyAccount } from "./models/loyalty-account"
import { LoyaltyRedemption } from "./models/loyalty-redemption"
import { LoyaltySettings } from "./models/loyalty-settings"
import { LoyaltyTransaction } from "./models/loyalty-transaction"
import { MAX_BALANCE, validateLoyaltyOptions } from "./options"
import {
  type AccountSnapshot,
  addEntries,
  EARN_REVERSAL_SOURCES,
  EARNS_TIER_SQL,
  LEDGER_TOTALS_SQL,
  type LedgerEntryFacts,
  type LedgerTotals,
  readSnapshot,
  refreshCheckpoint,
  SNAPSHOT_COLUMNS,
  TOTALS_COLUMNS,
  toSnapshot,
  toTotals,
} from "./snapshot"
import {
  expiryDate,
  pointsToExpire,
  resolveOptions,
  tierFor,
  tierWindowStart,
} from "./program"
import type {
  LedgerEntryInput,
  LoyaltyModuleOptions,
  ResolvedLoyaltyOptions,
} from "./types"

const DAY_MS = 24 * 60 * 60 * 1000

/** Id of the one `loyalty_settings` row. */
export const LOYALTY_SETTINGS_ID = "loyalty"

export { EARN_REVERSAL_SOURCES }

type LockedAccount = {
  id: string
  customer_id: string
  balance: number
  tier: string | null
  expiry_notice_for: Date | null
  snapshot: AccountSnapshot
}

export type PostedEntries = {
  customer_id: string
  balance: number
  tier: string | null
  created: { id: string; type: string; points: number; source_id: string }[]
  duplicates: string[]
}

export type LoyaltySummary = {
  balance: number
  tier: string
  earned_in_window: number
  due_now: number
  expiring_soon: { points: number; before: Date; first_expires_at: Date | null }
  expiry_notice_for: Date | null
  /** Ledger entries (the history's `count`). */
  entry_count: number
  /** The program settings the summary was computed with. */
  settings: ResolvedLoyaltyOptions
}

/** A rebuilt snapshot: the account's balance and totals, from the ledger. */
export type LoyaltySnapshot = LedgerTotals & {
  customer_id: string
  balance: number
}

export default class LoyaltyModuleService extends MedusaService({
  LoyaltyAccount,
  LoyaltyTransaction,
  LoyaltyRedemption,
  LoyaltySettings,
}) {
  /** The module options with defaults filled in. */
  protected readonly options_: ResolvedLoyaltyOptions
  /** The module options as configured (overrides are applied on these). */
  protected readonly configured_: LoyaltyModuleOptions

  constructor(
    container: Record<string, unknown>,
    options: LoyaltyModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    const { database: _database, ...own } = (options ?? {}) as Record<
      string,
      unknown
    >
    this.configured_ = own as LoyaltyModuleOptions
    this.options_ = resolveOptions(this.configured_)
  }

  /** The module options (defaults filled in), without dashboard changes. */
  getOptions(): ResolvedLoyaltyOptions {
    return this.options_
  }

  protected async settingsFor(
    manager: EntityManager
  ): Promise<ResolvedLoyaltyOptions> {
    const [row] = await manager.execute(
      `SELECT overrides FROM loyalty_settings WHERE id = ? AND deleted_at IS NULL`,
      [LOYALTY_SETTINGS_ID]
    )
    return row
      ? resolveOptions({ ...this.configured_, ...row.overrides })
      : this.options_
  }

  /**
   * The program settings in force: the module options with the changes made
   * in the dashboard on top (read on every use, so every server agrees).
   */
  @InjectManager()
  async getSettings(
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ResolvedLoyaltyOptions> {
    return this.settingsFor(
      (sharedContext.transactionManager ?? sharedContext.manager)!
    )
  }

  /**
   * Changes program settings (option names; the ones given replace the
   * stored ones). The result must be valid as a whole: a `400` names the
   * first bad setting otherwise.
   */
  @InjectTransactionManager()
  async updateSettings(
    changes: LoyaltyModuleOptions,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ResolvedLoyaltyOptions> {
    const manager = sharedContext.transactionManager!
    const [row] = await manager.execute(
      `SELECT overrides FROM loyalty_settings WHERE id = ? FOR UPDATE`,
      [LOYALTY_SETTINGS_ID]
    )
    const overrides = { ...(row?.overrides ?? {}), ...changes }
    validateLoyaltyOptions({ ...this.configured_, ...overrides })
    await manager.execute(
      `INSERT INTO loyalty_settings (id, overrides, created_at, updated_at)
       VALUES (?, ?::jsonb, now(), now())
       ON CONFLICT (id) DO UPDATE SET overrides = EXCLUDED.overrides,
         updated_at = now(), deleted_at = NULL`,
      [LOYALTY_SETTINGS_ID, JSON.stringify(overrides)]
    )
    return resolveOptions({ ...this.configured_, ...overrides })
  }

  /**
   * Creates the account if needed, locks its row for this transaction and
   * brings the snapshot's checkpoint up to date with the ledger (so every
   * locked operation starts from the ledger, rows edited by hand included).
   */
  protected async lockAccount(
    customer_id: string,
    settings: ResolvedLoyaltyOptions,
    manager: EntityManager
  ): Promise<LockedAccount> {
    await manager.execute(
      `INSERT INTO loyalty_account (id, customer_id, balance, created_at, updated_at)
       VALUES (?, ?, 0, now(), now()) ON CONFLICT DO NOTHING`,
      [generateEntityId(undefined, "lacc"), customer_id]
    )
    const [row]: Record<string, any>[] = await manager.execute(
      `SELECT id, customer_id, balance, tier, expiry_notice_for, ${TOTALS_COLUMNS.join(", ")}
       FROM loyalty_account WHERE customer_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [customer_id]
    )
    const now = new Date()
    const checkpoint = await refreshCheckpoint(
      manager,
      { id: row.id, customer_id },
      now,
      tierWindowStart(now, settings.tierWindowMonths)
    )
    return {
      id: row.id,
      customer_id: row.customer_id,
      balance: Number(row.balance),
      tier: row.tier ?? null,
      expiry_notice_for: row.expiry_notice_for ?? null,
      snapshot: { ...toSnapshot(row), ...checkpoint },
    }
  }

  /**
   * Writes the balance and the snapshot of a locked account. The totals
   * share the balance's `integer` bound: a write past it is refused (`400`),
   * like a balance past it, instead of failing in the database.
   */
  protected async saveAccount(
    account: LockedAccount,
    balance: number,
    snapshot: AccountSnapshot,
    manager: EntityManager
  ) {
    if (TOTALS_COLUMNS.some((column) => snapshot[column] > MAX_BALANCE)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Customer ${account.customer_id} has reached the largest loyalty ledger totals (${MAX_BALANCE} points).`
      )
    }
    await manager.execute(
      `UPDATE loyalty_account SET balance = ?, ${SNAPSHOT_COLUMNS.map((c) => `${c} = ?`).join(", ")},
         updated_at = now() WHERE id = ?`,
      [balance, ...SNAPSHOT_COLUMNS.map((c) => snapshot[c]), account.id]
    )
  }

  /**
   * Posts ledger entries for one customer under a lock on the account row:
   * an entry whose source key is already in the ledger is skipped, a debit
   * that would make the balance negative fails (or, with `clamp`, takes what
   * is there), and the balance and ledger totals move in the same
   * transaction.
   */
  @InjectTransactionManager()
  async postEntries(
    customer_id: string,
    entries: LedgerEntryInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PostedEntries> {
    const manager = sharedContext.transactionManager!
    const settings = await this.settingsFor(manager)
    const account = await this.lockAccount(customer_id, settings, manager)
    const { expiryMonths } = settings
    let balance = account.balance
    const created: PostedEntries["created"] = []
    const duplicates: string[] = []
    const written: LedgerEntryFacts[] = []
    for (const entry of entries) {
      if (!Number.isInteger(entry.points)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Points must be an integer (got ${entry.points}).`
        )
      }
      const [existing] = await manager.execute(
        `SELECT id FROM loyalty_transaction WHERE source_type = ? AND source_id = ?`,
        [entry.source_type, entry.source_id]
      )
      if (existing) {
        duplicates.push(existing.id)
        continue
      }
      let points = entry.points
      if (entry.clamp && points < 0) {
        if (
          entry.order_id &&
          EARN_REVERSAL_SOURCES.includes(entry.source_type)
        ) {
          const [{ remaining }] = await manager.execute(
            `SELECT COALESCE(SUM(points), 0) AS remaining FROM loyalty_transaction
             WHERE order_id = ? AND customer_id = ? AND deleted_at IS NULL
               AND ${EARNS_TIER_SQL}`,
            [entry.order_id, customer_id, ...EARN_REVERSAL_SOURCES]
          )
          points = Math.max(points, -Number(remaining))
        }
        points = Math.max(points, -balance)
      }
      if (points === 0) {
        continue
      }
      if (balance + points < 0) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Customer ${customer_id} has ${balance} loyalty points; ${-points} are needed.`
        )
      }
      if (balance + points > MAX_BALANCE) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Customer ${customer_id} has ${balance} loyalty points; ${points} more would exceed the largest balance (${MAX_BALANCE}).`
        )
      }
      balance += points
      const expires_at =
        entry.expires_at !== undefined
          ? entry.expires_at
          : points > 0 && expiryMonths > 0
            ? expiryDate(new Date(), expiryMonths)
            : null
      const row = await this.createLoyaltyTransactions(
        {
          customer_id,
          type: entry.type,
          points,
          balance_after: balance,
          source_type: entry.source_type,
          source_id: entry.source_id,
          order_id: entry.order_id ?? null,
          currency_code: entry.currency_code ?? null,
          // Informational (what the entry was computed from).
          amount:
            entry.amount == null
              ? null
              : MathBN.convert(entry.amount).toNumber(),
          reason: entry.reason ?? null,
          expires_at,
          metadata:
            points !== entry.points
              ? { ...(entry.metadata ?? {}), requested_points: entry.points }
              : (entry.metadata ?? null),
        },
        sharedContext
      )
      created.push({
        id: row.id,
        type: row.type,
        points,
        source_id: entry.source_id,
      })
      written.push({
        type: entry.type,
        points,
        source_type: entry.source_type,
        expires_at,
      })
    }
    if (written.length) {
      await this.saveAccount(
        account,
        balance,
        addEntries(account.snapshot, written),
        manager
      )
    }
    return { customer_id, balance, tier: account.tier, created, duplicates }
  }

  /**
   * Undoes entries this process just posted (workflow compensation): removes
   * the rows and moves the balance and totals back, under the account lock.
   */
  @InjectTransactionManager()
  async revertEntries(
    customer_id: string,
    ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    if (!ids.length) {
      return
    }
    const manager = sharedContext.transactionManager!
    const settings = await this.settingsFor(manager)
    const account = await this.lockAccount(customer_id, settings, manager)
    const rows = await this.listLoyaltyTransactions(
      { id: ids, customer_id },
      {
        select: [
          "id",
          "type",
          "points",
          "source_type",
          "expires_at",
          "created_at",
        ],
      },
      sharedContext
    )
    if (!rows.length) {
      return
    }
    const sum = rows.reduce((s, r) => s + Number(r.points), 0)
    await this.deleteLoyaltyTransactions(
      rows.map((r) => r.id),
      sharedContext
    )
    await this.saveAccount(
      account,
      account.balance - sum,
      addEntries(account.snapshot, rows, -1),
      manager
    )
  }

  /**
   * Recomputes customers' snapshots (balance and ledger totals) from the
   * ledger, under each account's lock: for accounts written outside the
   * service (data imports) or checked against the ledger.
   */
  @InjectTransactionManager()
  async rebuildSnapshots(
    customer_ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LoyaltySnapshot[]> {
    const manager = sharedContext.transactionManager!
    const settings = await this.settingsFor(manager)
    const snapshots: LoyaltySnapshot[] = []
    // One lock order for every caller, so two rebuilds cannot deadlock.
    for (const customer_id of [...new Set(customer_ids)].sort()) {
      const account = await this.lockAccount(customer_id, settings, manager)
      const [row] = await manager.execute(
        `SELECT ${LEDGER_TOTALS_SQL} FROM loyalty_transaction
         WHERE customer_id = ? AND deleted_at IS NULL`,
        [customer_id]
      )
      const totals = toTotals(row)
      const balance = Number(row.balance)
      await this.saveAccount(
        account,
        balance,
        { ...account.snapshot, ...totals },
        manager
      )
      snapshots.push({ customer_id, balance, ...totals })
    }
    return snapshots
  }

  /**
   * Balance and what depends on the time, from the account's snapshot (one
   * statement, one consistent view): points due by `at` and by `at` + the
   * notice days (FIFO: debits use the oldest credits first), the first
   * expiry date in between and the points earned in the tier window.
   */
  protected async aggregates(
    customer_id: string,
    at: Date,
    manager: EntityManager,
    settings: ResolvedLoyaltyOptions
  ) {
    const soon = new Date(at.getTime() + settings.expiryNoticeDays * DAY_MS)
    const read = await readSnapshot(manager, customer_id, {
      at,
      soon,
      windowStart: tierWindowStart(at, settings.tierWindowMonths),
    })
    // Credits due by a date are the expiring credits less those expiring
    // after it. No account: nothing was ever posted.
    const due = (creditsAfter: number) =>
      read.exists
        ? pointsToExpire(
            read.expiring_credit_points - creditsAfter,
            read.spent_points,
            read.expired_points
          )
        : 0
    return {
      balance: read.balance,
      tier: read.tier,
      expiry_notice_for: read.expiry_notice_for,
      entry_count: read.entry_count,
      soon,
      due_now: due(read.credits_after_at),
      due_soon: due(read.credits_after_soon),
      first_soon: read.exists ? read.first_soon : null,
      earned_in_window: Math.max(0, read.earned_since_window_start),
    }
  }

  /**
   * Balance, tier, tier progress input, points expiring soon and the number
   * of ledger entries, with the settings they were computed with.
   */
  @InjectManager()
  async getSummary(
    customer_id: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LoyaltySummary> {
    const manager = sharedContext.manager!
    const settings = await this.settingsFor(manager)
    const agg = await this.aggregates(customer_id, at, manager, settings)
    return {
      balance: agg.balance,
      tier: agg.tier ?? tierFor(agg.earned_in_window, settings.tiers).tier.name,
      earned_in_window: agg.earned_in_window,
      due_now: agg.due_now,
      expiring_soon: {
        points: agg.due_soon,
        before: agg.soon,
        first_expires_at: agg.first_soon,
      },
      expiry_notice_for: agg.expiry_notice_for,
      entry_count: agg.entry_count,
      settings,
    }
  }

  /**
   * A page of the customer's ledger, newest first, with the `select`ed
   * columns. Read with the query builder: on this hot path (issue #17) the
   * ORM's list costs several times the query. Rows look as the ORM serves
   * them: `amount` a number beside its `raw_amount`.
   *
   * `total`, the ledger's entry count (the account snapshot's), lets a page
   * in the older half be counted from the oldest entry instead, so the last
   * page costs what the first does.
   */
  @InjectManager()
  async listLedgerPage(
    customer_id: string,
    {
      select,
      offset,
      limit,
      total,
    }: { select: string[]; offset: number; limit: number; total?: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, unknown>[]> {
    const withAmount = select.includes("amount")
    const knex = sharedContext.manager!.getKnex()
    const order = (dir: "asc" | "desc") => [
      { column: "created_at", order: dir },
      { column: "id", order: dir },
    ]
    // Entries i (newest first) are entries total - 1 - i oldest first.
    const fromOldest = total !== undefined && offset > total / 2
    if (fromOldest && offset >= total) {
      return []
    }
    const page = fromOldest
      ? {
          offset: Math.max(0, total - offset - limit),
          limit: Math.min(limit, total - offset),
        }
      : { offset, limit }
    // The page's ids first, from the (customer_id, created_at, id) index
    // alone, then those rows: a deep page skips index entries instead of
    // sorting the whole ledger (issue #17).
    const pageIds = knex("loyalty_transaction")
      .select("id")
      .where({ customer_id })
      .whereNull("deleted_at")
      .orderBy(order(fromOldest ? "asc" : "desc"))
      .limit(page.limit)
      .offset(page.offset)
    const rows: Record<string, unknown>[] = await knex("loyalty_transaction")
      .select(withAmount ? [...select, "raw_amount"] : select)
      .whereIn("id", pageIds)
      .orderBy(order("desc"))
    if (!withAmount) {
      return rows
    }
    // `numeric` arrives as a string.
    return rows.map((row) => ({
      ...row,
      amount:
        row.amount == null
          ? null
          : MathBN.convert(row.amount as string).toNumber(),
    }))
  }

  /**
   * Writes the expiry entry for points due by `at` (oldest first), keyed by
   * `source_id` (one per customer and job run), under the account lock.
   */
  @InjectTransactionManager()
  async expireDuePoints(
    customer_id: string,
    at: Date,
    source_id: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PostedEntries> {
    const manager = sharedContext.transactionManager!
    const settings = await this.settingsFor(manager)
    await this.lockAccount(customer_id, settings, manager)
    const { due_now } = await this.aggregates(
      customer_id,
      at,
      manager,
      settings
    )
    return this.postEntries(
      customer_id,
      due_now > 0
        ? [
            {
              type: "expire",
              points: -due_now,
              source_type: "expiry",
              source_id,
              clamp: true,
              expires_at: null,
            },
          ]
        : [],
      sharedContext
    )
  }

  /**
   * Records that the customer is being told about points expiring soon;
   * returns the notice to send, or null when there is none or it was sent.
   */
  @InjectTransactionManager()
  async claimExpiryNotice(
    customer_id: string,
    at: Date,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{
    notice: { points: number; expires_at: Date } | null
    previous: Date | null
  }> {
    const manager = sharedContext.transactionManager!
    const settings = await this.settingsFor(manager)
    const account = await this.lockAccount(customer_id, settings, manager)
    const agg = await this.aggregates(customer_id, at, manager, settings)
    const points = agg.due_soon - agg.due_now
    const previous = account.expiry_notice_for
      ? new Date(account.expiry_notice_for)
      : null
    if (
      points <= 0 ||
      !agg.first_soon ||
      (previous && previous.getTime() >= agg.first_soon.getTime())
    ) {
      return { notice: null, previous }
    }
    await manager.execute(
      `UPDATE loyalty_account SET expiry_notice_for = ?, updated_at = now() WHERE id = ?`,
      [agg.first_soon, account.id]
    )
    return { notice: { points, expires_at: agg.first_soon }, previous }
  }

  /** Restores the expiry-notice marker (compensation). */
  @InjectTransactionManager()
  async restoreExpiryNotice(
    customer_id: string,
    previous: Date | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    await sharedContext.transactionManager!.execute(
      `UPDATE loyalty_account SET expiry_notice_for = ? WHERE customer_id = ? AND deleted_at IS NULL`,
      [previous, customer_id]
    )
  }

  /**
   * Sets the tier from points earned in the window (under the account lock)
   * and returns the tier before and after.
   */
  @InjectTransactionManager()
  async recomputeTier(
    customer_id: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ from: string | null; to: string }> {
    const manager = sharedContext.transactionManager!
    const settings = await this.settingsFor(manager)
    const account = await this.lockAccount(customer_id, settings, manager)
    const { earned_in_window } = await this.aggregates(
      customer_id,
      at,
      manager,
      settings
    )
    const to = tierFor(earned_in_window, settings.tiers).tier.name
    if (to !== account.tier) {
      await manager.execute(
        `UPDATE loyalty_account SET tier = ?, tier_updated_at = now(), updated_at = now() WHERE id = ?`,
        [to, account.id]
      )
    }
    return { from: account.tier, to }
  }

  /** Sets a tier back (compensation). */
  @InjectTransactionManager()
  async restoreTier(
    customer_id: string,
    tier: string | null,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ) {
    await sharedContext.transactionManager!.execute(
      `UPDATE loyalty_account SET tier = ? WHERE customer_id = ? AND deleted_at IS NULL`,
      [tier, customer_id]
    )
  }

  /** Customers with credits falling due by `until`, a page at a time. */
  @InjectManager()
  async listCustomersWithCreditsDue(
    until: Date,
    { limit, offset }: { limit: number; offset: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    const rows: { customer_id: string }[] =
      await sharedContext.manager!.execute(
        `SELECT DISTINCT customer_id FROM loyalty_transaction
       WHERE points > 0 AND expires_at <= ? AND deleted_at IS NULL
       ORDER BY customer_id LIMIT ? OFFSET ?`,
        [until, limit, offset]
      )
    return rows.map((r: { customer_id: string }) => r.customer_id)
  }

  /** Multiplier of the customer's current tier. */
  @InjectManager()
  async getMultiplier(
    customer_id: string,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<{ tier: string; multiplier: number }> {
    const manager = (sharedContext.transactionManager ?? sharedContext.manager)!
    const [account] = await manager.execute(
      `SELECT tier FROM loyalty_account WHERE customer_id = ? AND deleted_at IS NULL`,
      [customer_id]
    )
    const { tiers } = await this.settingsFor(manager)
    const tier = tiers.find((t) => t.name === account?.tier) ?? tiers[0]
    return { tier: tier.name, multiplier: tier.multiplier }
  }
}
