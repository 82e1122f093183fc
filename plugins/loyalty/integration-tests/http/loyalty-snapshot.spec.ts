import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import rebuildLoyaltySnapshots from "@bozor/medusa-loyalty/scripts/rebuild-loyalty-snapshots"
import {
  loyaltyHarness,
  useLoyaltyEnv,
} from "../../../../integration-tests/helpers/loyalty"

jest.setTimeout(240 * 1000)

useLoyaltyEnv()

const SNAPSHOT_COLUMNS = `balance, entry_count, spent_points, expired_points, expiring_credit_points`

// Issue #17: the loyalty view reads the account's snapshot and one page of
// the ledger. Snapshot against ledger in every write path:
// src/modules/loyalty/__tests__/snapshot.spec.ts.
medusaIntegrationTestRunner({
  testSuite: (runner) => {
    const { api, getContainer } = runner
    const h = loyaltyHarness(runner)
    const { rows, customer, adjust } = h

    const snapshotOf = async (customerId: string) =>
      (
        await rows(
          `SELECT ${SNAPSHOT_COLUMNS} FROM loyalty_account WHERE customer_id = ?`,
          [customerId]
        )
      )[0]

    /** What a rebuild from the ledger gives (it writes the same values). */
    const rebuiltOf = async (customerId: string) => {
      await rebuildLoyaltySnapshots({
        container: getContainer(),
        args: [customerId],
      })
      return snapshotOf(customerId)
    }

    /** A ledger written by SQL, as an import (or the bench seed) does. */
    async function importLedger(customerId: string, withAccount: boolean) {
      // 300 credits of 10 points: 100 expire within the notice days.
      await rows(
        `INSERT INTO loyalty_transaction (id, customer_id, type, points, balance_after,
           source_type, source_id, expires_at, created_at, updated_at)
         SELECT 'ltx_' || ? || '_' || i, ?, 'earn', 10, 10 * i, 'import', ? || ':' || i,
           now() + CASE WHEN i <= 100 THEN interval '7 days' ELSE interval '200 days' END,
           now() - interval '1 day', now()
         FROM generate_series(1, 300) AS i`,
        [customerId, customerId, customerId]
      )
      if (withAccount) {
        await rows(
          `INSERT INTO loyalty_account (id, customer_id, balance) VALUES (?, ?, 3000)`,
          [`lacc_${customerId}`, customerId]
        )
      }
    }

    it("counts both of two parallel adjustments through the Admin API", async () => {
      const { customer: c, headers } = await customer("parallel@example.uz")
      const [first, second] = await Promise.all([
        adjust(c.id, { points: 120, reason: "first", idempotency_key: "p-1" }),
        adjust(c.id, { points: 80, reason: "second", idempotency_key: "p-2" }),
      ])
      expect([first.status, second.status]).toEqual([200, 200])

      const { data } = await api.get("/store/customers/me/loyalty", {
        headers,
      })
      expect(data.loyalty.balance).toBe(200)
      expect(data.count).toBe(2)
      expect(
        data.transactions
          .map((t: { points: number }) => t.points)
          .sort((x: number, y: number) => x - y)
      ).toEqual([80, 120])
      const snapshot = await snapshotOf(c.id)
      expect(snapshot).toEqual({
        balance: 200,
        entry_count: 2,
        spent_points: 0,
        expired_points: 0,
        expiring_credit_points: 200,
      })
      expect(await rebuiltOf(c.id)).toEqual(snapshot)
    })

    it("shows an imported ledger once the rebuild script has run", async () => {
      const { customer: a, headers } = await customer("imported@example.uz")
      await importLedger(a.id, true)
      // Written past the module: the snapshot does not know the entries yet.
      const before = await api.get("/store/customers/me/loyalty?limit=5", {
        headers,
      })
      expect(before.data.count).toBe(0)

      // Without arguments the script rebuilds every account.
      await rebuildLoyaltySnapshots({ container: getContainer(), args: [] })
      const { data } = await api.get("/store/customers/me/loyalty?limit=5", {
        headers,
      })
      expect(data.count).toBe(300)
      expect(data.transactions).toHaveLength(5)
      expect(data.loyalty).toMatchObject({
        balance: 3000,
        earned_in_window: 3000,
        tier: "silver",
        expiring_soon: { points: 1000 },
      })

      // Every page, the older half too (read from the oldest entry with the
      // snapshot's count), in the ledger's order, newest first.
      const ledger: { id: string }[] = await rows(
        `SELECT id FROM loyalty_transaction WHERE customer_id = ? AND deleted_at IS NULL
          ORDER BY created_at DESC, id DESC`,
        [a.id]
      )
      for (const [offset, limit] of [
        [0, 20],
        [140, 20],
        [151, 20],
        [280, 20],
        [295, 20],
        [300, 20],
      ]) {
        const page = await api.get(
          `/store/customers/me/loyalty?offset=${offset}&limit=${limit}`,
          { headers }
        )
        expect({
          offset,
          count: page.data.count,
          ids: page.data.transactions.map((t: { id: string }) => t.id),
        }).toEqual({
          offset,
          count: 300,
          ids: ledger.slice(offset, offset + limit).map((t) => t.id),
        })
      }

      // With customer ids it also opens the account of a ledger without one.
      const { customer: b } = await customer("no-account@example.uz")
      await importLedger(b.id, false)
      expect(await rebuiltOf(b.id)).toEqual({
        balance: 3000,
        entry_count: 300,
        spent_points: 0,
        expired_points: 0,
        expiring_credit_points: 3000,
      })
    })
  },
})
