import path from "node:path"
import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { addMonths, subMonths } from "date-fns"
import { LOYALTY_MODULE } from ".."
import { LoyaltyAccount } from "../models/loyalty-account"
import { LoyaltyRedemption } from "../models/loyalty-redemption"
import { LoyaltySettings } from "../models/loyalty-settings"
import { LoyaltyTransaction } from "../models/loyalty-transaction"
import { pointsToExpire } from "../program"
import LoyaltyModuleService from "../service"
import { TOTALS_COLUMNS } from "../snapshot"
import type { LedgerEntryInput } from "../types"
import { defaultLoyaltyTransactionFields } from "../../../api/store/customers/me/loyalty/query-config"
import { useEmptyDatabase } from "../../../../../../integration-tests/helpers/empty-database"

jest.setTimeout(60 * 1000)

const DAY_MS = 24 * 60 * 60 * 1000
const days = (n: number, from = new Date()) =>
  new Date(from.getTime() + n * DAY_MS)

const dbName = useEmptyDatabase("loyalty")

// Issue #17: the summary reads the account's snapshot plus bounded queries
// instead of aggregating the ledger. These tests hold it to the aggregation
// it replaced, and the snapshot to a rebuild from the ledger.
moduleIntegrationTestRunner<LoyaltyModuleService>({
  dbName,
  moduleName: LOYALTY_MODULE,
  moduleModels: [
    LoyaltyAccount,
    LoyaltyTransaction,
    LoyaltyRedemption,
    LoyaltySettings,
  ],
  resolve: path.join(__dirname, ".."),
  moduleOptions: {
    expiryMonths: 12,
    expiryNoticeDays: 14,
    tierWindowMonths: 12,
  },
  testSuite: ({ service, MikroOrmWrapper }) => {
    const sql = (query: string, bindings: unknown[] = []) =>
      MikroOrmWrapper.forkManager().execute(query, bindings)

    /**
     * The summary as computed before issue #17: one pass over the customer's
     * whole ledger (the statement the service used, unchanged).
     */
    async function ledgerSummary(customer_id: string, at: Date) {
      const soon = days(14, at)
      const [row] = await sql(
        `SELECT
           COUNT(*) AS entry_count, COALESCE(SUM(points), 0) AS balance,
           COALESCE(SUM(points) FILTER (WHERE points > 0 AND expires_at <= ?), 0) AS due_now,
           COALESCE(SUM(points) FILTER (WHERE points > 0 AND expires_at <= ?), 0) AS due_soon,
           MIN(expires_at) FILTER (WHERE points > 0 AND expires_at > ? AND expires_at <= ?) AS first_soon,
           COALESCE(-SUM(points) FILTER (WHERE points < 0 AND type <> 'expire'), 0) AS debits,
           COALESCE(-SUM(points) FILTER (WHERE type = 'expire'), 0) AS expired,
           COALESCE(SUM(points) FILTER (WHERE created_at >= ? AND (type = 'earn'
             OR (type = 'reverse' AND source_type IN (?, ?)))), 0) AS earned_in_window
         FROM loyalty_transaction WHERE customer_id = ? AND deleted_at IS NULL`,
        [
          at,
          soon,
          at,
          soon,
          subMonths(at, 12),
          "refund",
          "order_cancel",
          customer_id,
        ]
      )
      const n = (v: unknown) => Number(v ?? 0)
      return {
        balance: n(row.balance),
        entry_count: n(row.entry_count),
        earned_in_window: Math.max(0, n(row.earned_in_window)),
        due_now: pointsToExpire(n(row.due_now), n(row.debits), n(row.expired)),
        expiring_soon: {
          points: pointsToExpire(
            n(row.due_soon),
            n(row.debits),
            n(row.expired)
          ),
          before: soon,
          first_expires_at: row.first_soon ? new Date(row.first_soon) : null,
        },
      }
    }

    /** The summary equals the full aggregation at each of the dates. */
    async function expectSummaryOfLedger(customer_id: string, dates: Date[]) {
      for (const at of dates) {
        const summary = await service.getSummary(customer_id, at)
        expect({
          at,
          summary: {
            balance: summary.balance,
            entry_count: summary.entry_count,
            earned_in_window: summary.earned_in_window,
            due_now: summary.due_now,
            expiring_soon: summary.expiring_soon,
          },
        }).toEqual({ at, summary: await ledgerSummary(customer_id, at) })
      }
    }

    /** The account's snapshot equals one rebuilt from the ledger. */
    async function expectSnapshotOfLedger(customer_id: string) {
      const fields = ["balance", ...TOTALS_COLUMNS] as const
      const [account] = await service.listLoyaltyAccounts(
        { customer_id },
        { select: [...fields] }
      )
      const [rebuilt] = await service.rebuildSnapshots([customer_id])
      const pick = (row: Record<string, unknown>) =>
        Object.fromEntries(fields.map((f) => [f, Number(row[f])]))
      expect(pick(account)).toEqual(pick(rebuilt))
      return pick(rebuilt)
    }

    /** The history pages equal the ORM's list of the same entries. */
    async function expectPagesOfLedger(customer_id: string) {
      for (const [offset, limit] of [
        [0, 20],
        [0, 3],
        [3, 3],
        [6, 20],
      ]) {
        const page = await service.listLedgerPage(customer_id, {
          select: defaultLoyaltyTransactionFields,
          offset,
          limit,
        })
        expect(page).toEqual(
          await service.listLoyaltyTransactions(
            { customer_id },
            {
              select: defaultLoyaltyTransactionFields,
              order: { created_at: "DESC", id: "DESC" },
              skip: offset,
              take: limit,
            }
          )
        )
      }
    }

    const earn = (
      id: string,
      points: number,
      extra: Partial<LedgerEntryInput> = {}
    ): LedgerEntryInput => ({
      type: "earn",
      points,
      source_type: "capture",
      source_id: id,
      order_id: `order_${id}`,
      ...extra,
    })
    const adjust = (id: string, points: number): LedgerEntryInput => ({
      type: "adjust",
      points,
      source_type: "adjustment",
      source_id: id,
      reason: "test",
    })

    it("keeps the snapshot equal to the ledger through earns, redemptions, reversals, adjustments, expiry and compensation", async () => {
      const c = "cus_sequence"
      const now = new Date()
      const dates = [
        days(-400, now),
        days(-30, now),
        now,
        days(10, now),
        days(20, now),
        addMonths(now, 6),
        addMonths(now, 13),
        addMonths(now, 25),
      ]

      await service.postEntries(c, [
        earn("cap_1", 100, { amount: 100000, currency_code: "uzs" }),
        earn("cap_2", 200, {
          amount: "200000.5",
          currency_code: "uzs",
          expires_at: days(-2, now),
        }),
        earn("cap_3", 60, { expires_at: days(10, now) }),
        { ...adjust(`${c}:gift`, 40), expires_at: null },
      ])
      await service.postEntries(c, [
        {
          type: "redeem",
          points: -50,
          source_type: "cart",
          source_id: "cart_1",
        },
      ])
      await service.postEntries(c, [
        {
          type: "reverse",
          points: -30,
          source_type: "refund",
          source_id: "ref_1",
          order_id: "order_cap_1",
          clamp: true,
        },
        adjust(`${c}:fix`, -20),
      ])
      await expectSummaryOfLedger(c, dates)
      await expectSnapshotOfLedger(c)

      // 200 points were due; 100 debits took the oldest first.
      const expired = await service.expireDuePoints(c, now, `${c}:run-1`)
      expect(expired.created.map((e) => e.points)).toEqual([-100])
      await expectSummaryOfLedger(c, dates)

      // A workflow compensation takes entries out again.
      const posted = await service.postEntries(c, [
        earn("cap_4", 500),
        adjust(`${c}:undone`, -10),
      ])
      await service.revertEntries(
        c,
        posted.created.map((e) => e.id)
      )
      await expectSummaryOfLedger(c, dates)

      // Entries moved in time by hand (as the HTTP specs do): the next
      // locked operation, here the daily tier recompute, catches up.
      await sql(
        `UPDATE loyalty_transaction SET created_at = now() - interval '13 months'
         WHERE source_id = 'cap_1'`
      )
      await sql(
        `UPDATE loyalty_transaction SET expires_at = now() + interval '5 days'
         WHERE source_id = 'cap_1'`
      )
      await service.recomputeTier(c)
      await expectSummaryOfLedger(c, dates)
      await expectPagesOfLedger(c)
      expect(await expectSnapshotOfLedger(c)).toEqual({
        balance: 200,
        entry_count: 8,
        spent_points: 100,
        expired_points: 100,
        expiring_credit_points: 360,
      })
    })

    it("counts both of two parallel adjustments and a parallel redemption", async () => {
      const c = "cus_parallel"
      await service.postEntries(c, [earn("cap_p", 1000)])
      const results = await Promise.all([
        service.postEntries(c, [adjust(`${c}:a`, 150)]),
        service.postEntries(c, [adjust(`${c}:b`, 250)]),
        service.postEntries(c, [
          {
            type: "redeem",
            points: -300,
            source_type: "cart",
            source_id: "cart_p",
          },
        ]),
      ])
      expect(results.map((r) => r.created.length)).toEqual([1, 1, 1])
      const snapshot = await expectSnapshotOfLedger(c)
      expect(snapshot).toMatchObject({
        balance: 1100,
        entry_count: 4,
        spent_points: 300,
      })
      await expectSummaryOfLedger(c, [new Date(), addMonths(new Date(), 13)])
    })

    it("rebuilds the snapshot of a ledger written outside the service", async () => {
      const c = "cus_imported"
      const now = new Date()
      for (let i = 0; i < 30; i++) {
        const points = i % 3 === 2 ? -20 : 50
        await sql(
          `INSERT INTO loyalty_transaction (id, customer_id, type, points, balance_after,
             source_type, source_id, expires_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, 0, 'import', ?, ?, ?, ?)`,
          [
            `ltx_import_${i}`,
            c,
            points > 0 ? "earn" : "redeem",
            points,
            `${c}:${i}`,
            points > 0 ? days(i * 20 - 300, now) : null,
            days(i * 20 - 600, now),
            days(i * 20 - 600, now),
          ]
        )
      }
      // Nothing told the account yet.
      expect((await service.getSummary(c, now)).entry_count).toBe(0)

      const [rebuilt] = await service.rebuildSnapshots([c])
      expect(rebuilt).toEqual({
        customer_id: c,
        balance: 800,
        entry_count: 30,
        spent_points: 200,
        expired_points: 0,
        expiring_credit_points: 1000,
      })
      await expectSummaryOfLedger(c, [now, days(100, now), days(400, now)])
      await expectSnapshotOfLedger(c)
    })

    it("serves every page of a long ledger, the deepest too, in the ORM's order (ties by id)", async () => {
      const c = "cus_pages"
      const other = "cus_pages_other"
      const now = new Date()
      // 250 entries, five at each instant (ties broken by id), one deleted,
      // and another customer's entries in between.
      for (let i = 0; i < 250; i++) {
        for (const customer_id of i % 10 === 0 ? [c, other] : [c]) {
          await sql(
            `INSERT INTO loyalty_transaction (id, customer_id, type, points, balance_after,
               source_type, source_id, amount, raw_amount, created_at, updated_at, deleted_at)
             VALUES (?, ?, 'earn', ?, 0, 'import', ?, ?, ?, ?, ?, ?)`,
            [
              `ltx_${customer_id}_${String((i * 37) % 250).padStart(3, "0")}`,
              customer_id,
              10 + i,
              `${customer_id}:${i}`,
              i * 1000,
              JSON.stringify({ value: String(i * 1000), precision: 20 }),
              days(Math.floor(i / 5) - 100, now),
              days(Math.floor(i / 5) - 100, now),
              i === 17 && customer_id === c ? now : null,
            ]
          )
        }
      }
      for (const [offset, limit] of [
        [0, 20],
        [113, 20],
        [229, 20],
        [240, 20],
        [248, 20],
        [249, 5],
        [230, 7],
        [125, 20],
        [300, 20],
      ]) {
        const expected = await service.listLoyaltyTransactions(
          { customer_id: c },
          {
            select: defaultLoyaltyTransactionFields,
            order: { created_at: "DESC", id: "DESC" },
            skip: offset,
            take: limit,
          }
        )
        expect(expected).toHaveLength(
          Math.max(0, Math.min(limit, 249 - offset))
        )
        // Counted from the newest entry, and (older half) from the oldest.
        for (const total of [undefined, 249]) {
          const page = await service.listLedgerPage(c, {
            select: defaultLoyaltyTransactionFields,
            offset,
            limit,
            total,
          })
          expect({ offset, limit, total, page }).toEqual({
            offset,
            limit,
            total,
            page: expected,
          })
        }
      }
    })
  },
})
