import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateEntityId,
} from "@medusajs/framework/utils"

const INSERT_BATCH = 2000

/**
 * `npm run bench` only: gives BENCH_LOYALTY_CUSTOMER_ID a ledger of
 * BENCH_LOYALTY_ENTRIES (default 10,000) entries — earnings, redemptions and
 * expiries over the last two years with a consistent running balance — and
 * prints one JSON line with the time it took.
 */
export default async function benchLoyalty({ container }: ExecArgs) {
  const customer_id = process.env.BENCH_LOYALTY_CUSTOMER_ID
  if (!customer_id) {
    throw new Error("BENCH_LOYALTY_CUSTOMER_ID is required")
  }
  const total = Number(process.env.BENCH_LOYALTY_ENTRIES || 10000)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const started = Date.now()
  const now = Date.now()
  const span = 730 * 24 * 60 * 60 * 1000
  let balance = 0
  let rows: Record<string, unknown>[] = []
  // Plain inserts: this is test data, made fast, not a code path to imitate.
  for (let i = 0; i < total; i++) {
    const created = new Date(now - span + Math.floor((span * i) / total))
    const kind = i % 10
    let type = "earn"
    let points = 40 + (i % 60)
    if (kind === 7 && balance >= 50) {
      type = "redeem"
      points = -50
    } else if (kind === 9 && balance >= 10) {
      type = "expire"
      points = -10
    }
    balance += points
    rows.push({
      id: generateEntityId(undefined, "ltx"),
      customer_id,
      type,
      points,
      balance_after: balance,
      source_type: `bench-${type}`,
      source_id: `${customer_id}:${i}`,
      currency_code: "uzs",
      expires_at: points > 0 ? new Date(created.getTime() + span / 2) : null,
      created_at: created,
      updated_at: created,
    })
    if (rows.length === INSERT_BATCH) {
      await knex.batchInsert("loyalty_transaction", rows, 1000)
      rows = []
    }
  }
  if (rows.length) {
    await knex.batchInsert("loyalty_transaction", rows, 1000)
  }
  await knex.raw(
    `INSERT INTO loyalty_account (id, customer_id, balance, created_at, updated_at)
     VALUES (?, ?, ?, now(), now())
     ON CONFLICT (customer_id) WHERE deleted_at IS NULL
     DO UPDATE SET balance = EXCLUDED.balance`,
    [generateEntityId(undefined, "lacc"), customer_id, balance]
  )
  // A ledger built over two years has been vacuumed by autovacuum long ago;
  // one inserted a second ago has not: without its visibility map the
  // ledger page's index-only scan would read the heap (issue #17).
  await knex.raw("VACUUM ANALYZE loyalty_transaction")
  console.log(
    `BENCH_RESULT ${JSON.stringify({ entries: total, balance, ms: Date.now() - started })}`
  )
}
