import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { growCatalog } from "./bench/grow-catalog"
import { reindexProducts } from "./search/reindex-products"
import { DEMO } from "./seed/seed-demo-store"

/**
 * `npm run bench` only: grows the catalog to BENCH_PRODUCTS (default 10,000)
 * generated Uzbek products, a fifth of the titles in Cyrillic, in the demo
 * store's channel, then indexes every product for search with the reindex
 * loop. Prints one BENCH_RESULT JSON line.
 */
export default async function benchCatalog({ container }: ExecArgs) {
  const target = Number(process.env.BENCH_PRODUCTS || 10000)
  const [channel] = await container
    .resolve(Modules.SALES_CHANNEL)
    .listSalesChannels({ name: DEMO.salesChannel })

  const createStart = Date.now()
  const { created } = await growCatalog(container, {
    target,
    salesChannelId: channel.id,
  })
  const createMs = Date.now() - createStart

  const indexStart = Date.now()
  const result = (await hasActiveProductIndex(container))
    ? await reindexProducts(container, {
        batchSize: 500,
        fresh: true,
        cursorFile: join(tmpdir(), `bozor-bench-catalog-${process.pid}.json`),
      })
    : await seedProductIndex(container)
  process.stdout.write(
    `BENCH_RESULT ${JSON.stringify({
      created,
      create_ms: createMs,
      indexed: result.done,
      index_ms: Date.now() - indexStart,
    })}\n`
  )
}

type SearchModule = {
  listIndexes(): Promise<{ name: string; status: string }[]>
  reindex(input: { index: string }): Promise<unknown>
}

/**
 * The product index gets its first version when a worker boots (Medusa seeds
 * it in the background); a bench run that stopped its first server early may
 * not have one yet.
 */
async function hasActiveProductIndex(container: ExecArgs["container"]) {
  const search = container.resolve<SearchModule>(Modules.SEARCH)
  const indexes = await search.listIndexes()
  // `pending` is what Medusa reports for an index without an active version.
  const status = indexes.find((i) => i.name === "product")?.status
  return !!status && status !== "pending"
}

/** Seeds the index the way Medusa's reindex does: a new version, swapped in. */
async function seedProductIndex(container: ExecArgs["container"]) {
  await container
    .resolve<SearchModule>(Modules.SEARCH)
    .reindex({ index: "product" })
  const { metadata } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "product",
      fields: ["id"],
      pagination: { take: 1, skip: 0 },
    })
  return { done: metadata?.count ?? 0 }
}
