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

/** Ledger source types whose negative entries take back earned points. */
export const EARN_REVERSAL_SOURCES = ["refund", "order_cancel"]

type LockedAccount = {
  id: string
  customer_id: string
  balance: number
  tier: string | null
  expiry_notice_for: Date | null
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

  /** Creates the account if needed and locks its row for this transaction. */
  protected async lockAccount(
    customer_id: string,
    manager: EntityManager
  ): Promise<LockedAccount> {
    await manager.execute(
      `INSERT INTO loyalty_account (id, customer_id, balance, created_at, updated_at)
       VALUES (?, ?, 0, now(), now()) ON CONFLICT DO NOTHING`,
      [generateEntityId(undefined, "lacc"), customer_id]
    )
    const [row]: Record<string, any>[] = await manager.execute(
      `SELECT id, customer_id, balance, tier, expiry_notice_for FROM loyalty_account
       WHERE customer_id = ? AND deleted_at IS NULL FOR UPDATE`,
      [customer_id]
    )
    return {
      id: row.id,
      customer_id: row.customer_id,
      balance: Number(row.balance),
      tier: row.tier ?? null,
      expiry_notice_for: row.expiry_notice_for ?? null,
    }
  }

  /**
   * Posts ledger entries for one customer under a lock on the account row:
   * an entry whose source key is already in the ledger is skipped, a debit
   * that would make the balance negative fails (or, with `clamp`, takes what
   * is there), and the balance moves in the same transaction.
   */
  @InjectTransactionManager()
  async postEntries(
    customer_id: string,
    entries: LedgerEntryInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<PostedEntries> {
    const manager = sharedContext.transactionManager!
    const account = await this.lockAccount(customer_id, manager)
    const { expiryMonths } = await this.settingsFor(manager)
    let balance = account.balance
    const created: PostedEntries["created"] = []
    const duplicates: string[] = []
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
               AND (type = 'earn' OR (type = 'reverse' AND source_type IN (?, ?)))`,
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
    }
    if (balance !== account.balance) {
      await manager.execute(
        `UPDATE loyalty_account SET balance = ?, updated_at = now() WHERE id = ?`,
        [balance, account.id]
      )
    }
    return { customer_id, balance, tier: account.tier, created, duplicates }
  }

  /**
   * Undoes entries this process just posted (workflow compensation): removes
   * the rows and moves the balance back, under the account lock.
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
    const account = await this.lockAccount(customer_id, manager)
    const rows = await this.listLoyaltyTransactions(
      { id: ids, customer_id },
      { select: ["id", "points"] },
      sharedContext
    )
    const sum = rows.reduce((s, r) => s + Number(r.points), 0)
    await this.deleteLoyaltyTransactions(
      rows.map((r) => r.id),
      sharedContext
    )
    await manager.execute(
      `UPDATE loyalty_account SET balance = ?, updated_at = now() WHERE id = ?`,
      [account.balance - sum, account.id]
    )
  }

  protected async aggregates(
    customer_id: string,
    at: Date,
    manager: EntityManager,
    settings?: ResolvedLoyaltyOptions
  ) {
    const { expiryNoticeDays, tierWindowMonths } =
      settings ?? (await this.settingsFor(manager))
    const soon = new Date(at.getTime() + expiryNoticeDays * DAY_MS)
    const windowStart = tierWindowStart(at, tierWindowMonths)
    const [row] = await manager.execute(
      `SELECT
         COALESCE(SUM(points) FILTER (WHERE points > 0 AND expires_at <= ?), 0) AS due_now,
         COALESCE(SUM(points) FILTER (WHERE points > 0 AND expires_at <= ?), 0) AS due_soon,
         MIN(expires_at) FILTER (WHERE points > 0 AND expires_at > ? AND expires_at <= ?) AS first_soon,
         COALESCE(-SUM(points) FILTER (WHERE points < 0 AND type <> 'expire'), 0) AS debits,
         COALESCE(-SUM(points) FILTER (WHERE type = 'expire'), 0) AS expired,
         COALESCE(SUM(points) FILTER (WHERE created_at >= ? AND (type = 'earn'
           OR (type = 'reverse' AND source_type IN (?, ?)))), 0) AS earned_in_window
       FROM loyalty_transaction WHERE customer_id = ? AND deleted_at IS NULL`,
      [at, soon, at, soon, windowStart, ...EARN_REVERSAL_SOURCES, customer_id]
    )
    const n = (v: unknown) => Number(v ?? 0)
    const debits = n(row.debits)
    const expired = n(row.expired)
    return {
      soon,
      due_now: pointsToExpire(n(row.due_now), debits, expired),
      due_soon: pointsToExpire(n(row.due_soon), debits, expired),
      first_soon: row.first_soon ? new Date(row.first_soon) : null,
      earned_in_window: Math.max(0, n(row.earned_in_window)),
    }
  }

  /** Balance, tier, tier progress input and points expiring soon. */
  @InjectManager()
  async getSummary(
    customer_id: string,
    at: Date = new Date(),
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<LoyaltySummary> {
    const manager = sharedContext.manager!
    const [account] = await manager.execute(
      `SELECT balance, tier, expiry_notice_for FROM loyalty_account
       WHERE customer_id = ? AND deleted_at IS NULL`,
      [customer_id]
    )
    const settings = await this.settingsFor(manager)
    const agg = await this.aggregates(customer_id, at, manager, settings)
    return {
      balance: Number(account?.balance ?? 0),
      tier:
        account?.tier ??
        tierFor(agg.earned_in_window, settings.tiers).tier.name,
      earned_in_window: agg.earned_in_window,
      due_now: agg.due_now,
      expiring_soon: {
        points: agg.due_soon,
        before: agg.soon,
        first_expires_at: agg.first_soon,
      },
      expiry_notice_for: account?.expiry_notice_for ?? null,
    }
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
    await this.lockAccount(customer_id, manager)
    const { due_now } = await this.aggregates(customer_id, at, manager)
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
    const account = await this.lockAccount(customer_id, manager)
    const agg = await this.aggregates(customer_id, at, manager)
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
    const account = await this.lockAccount(customer_id, manager)
    const settings = await this.settingsFor(manager)
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
