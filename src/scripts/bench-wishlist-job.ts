import type { ExecArgs } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  generateEntityId,
  Modules,
} from "@medusajs/framework/utils"
import wishlistCheckAlerts from "@bozor/medusa-wishlist/jobs/wishlist-check-alerts"

const INSERT_BATCH = 5000

/**
 * `npm run bench` only: fills BENCH_WISHLIST_ITEMS (default 100,000) watched
 * wishlist items, then runs the alert job over them and prints one JSON line
 * with its duration and the process's peak memory.
 */
export default async function benchWishlistJob({ container }: ExecArgs) {
  const total = Number(process.env.BENCH_WISHLIST_ITEMS || 100000)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const [channel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: "Bozor Webshop" })
  const variants: { id: string; product_id: string }[] = await knex(
    "product_variant"
  )
    .select("id", "product_id")
    .whereNull("deleted_at")
    .orderBy("id")
  const perList = variants.length
  const lists = Math.ceil(total / perList)

  // Plain inserts: this is test data, made fast, not a code path to imitate.
  const wishlists = Array.from({ length: lists }, (_, i) => ({
    id: generateEntityId(undefined, "wl"),
    customer_id: `cus_bench_${i}`,
    sales_channel_id: channel.id,
  }))
  await knex.batchInsert("wishlist", wishlists, 1000)
  let rows: Record<string, unknown>[] = []
  let inserted = 0
  for (const list of wishlists) {
    for (const v of variants) {
      if (inserted + rows.length >= total) break
      rows.push({
        id: generateEntityId(undefined, "wli"),
        wishlist_id: list.id,
        product_variant_id: v.id,
        product_id: v.product_id,
        currency_code: "uzs",
        price_drop_alert: true,
        back_in_stock_alert: true,
        observed_in_stock: true,
      })
      if (rows.length === INSERT_BATCH) {
        await knex.batchInsert("wishlist_item", rows, 1000)
        inserted += rows.length
        rows = []
      }
    }
  }
  if (rows.length) {
    await knex.batchInsert("wishlist_item", rows, 1000)
    inserted += rows.length
  }

  let peak = process.memoryUsage().rss
  const sampler = setInterval(
    () => (peak = Math.max(peak, process.memoryUsage().rss)),
    50
  )
  const rssBefore = process.memoryUsage().rss
  const started = Date.now()
  const result = await wishlistCheckAlerts(container)
  const ms = Date.now() - started
  clearInterval(sampler)
  console.log(
    `BENCH_RESULT ${JSON.stringify({
      items: inserted,
      ...result,
      ms,
      rss_before_mb: Math.round(rssBefore / 2 ** 20),
      peak_rss_mb: Math.round(peak / 2 ** 20),
    })}`
  )
}
