import { tmpdir } from "node:os"
import { join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { cyrillicToLatin, latinToCyrillic } from "@bozor/uz-utils"
import { reindexProducts } from "./search/reindex-products"
import { DEMO } from "./seed/seed-demo-store"

const BATCH = 250

const ADJECTIVES = [
  "Yashil",
  "Qizil",
  "Oq",
  "Qora",
  "Katta",
  "Kichik",
  "Issiq",
  "Yumshoq",
  "Chiroyli",
  "Milliy",
  "Ipak",
  "Sopol",
  "Mis",
  "Yog'och",
  "Jun",
  "Paxta",
]
const NOUNS = [
  "choy",
  "choynak",
  "piyola",
  "qozon",
  "lagan",
  "gilam",
  "do'ppi",
  "ro'mol",
  "kosa",
  "pichoq",
  "non",
  "asal",
  "mayiz",
  "bodom",
  "sholcha",
  "ko'rpacha",
  "dasturxon",
  "qumg'on",
  "tog'ora",
  "savat",
]
const PLACES = ["Rishton", "Buxoro", "Samarqand", "Xiva", "Chust", "Qo'qon"]

/**
 * `npm run bench` only (search scenario): grows the catalog to
 * BENCH_SEARCH_PRODUCTS (default 10,000) with generated Uzbek titles, a fifth
 * of them written in Cyrillic, then indexes every product with the reindex
 * loop. Prints one BENCH_RESULT JSON line.
 */
export default async function benchSearch({ container }: ExecArgs) {
  const target = Number(process.env.BENCH_SEARCH_PRODUCTS || 10000)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 1, skip: 0 },
  })
  const existing = metadata?.count ?? 0
  const [channel] = await container
    .resolve(Modules.SALES_CHANNEL)
    // The demo store's channel, the one the bench's publishable key serves.
    .listSalesChannels({ name: DEMO.salesChannel })

  const { data: profiles } = await query.graph({
    entity: "shipping_profile",
    fields: ["id"],
  })

  const createStart = Date.now()
  let created = 0
  for (let start = existing; start < target; start += BATCH) {
    const count = Math.min(BATCH, target - start)
    const products = Array.from({ length: count }, (_, k) => {
      const n = start + k
      const latin = `${PLACES[n % PLACES.length]} ${ADJECTIVES[(n >> 2) % ADJECTIVES.length].toLowerCase()} ${NOUNS[n % NOUNS.length]} №${n}`
      const title = n % 5 === 0 ? latinToCyrillic(latin) : latin
      return {
        title,
        handle: `bench-search-${n}`,
        status: "published" as const,
        shipping_profile_id: profiles[0]?.id,
        description: `${cyrillicToLatin(title)} — qo'lda yasalgan, ${NOUNS[(n * 7) % NOUNS.length]} bilan.`,
        sales_channels: [{ id: channel.id }],
        options: [{ title: "Turi", values: ["Standart"] }],
        variants: [
          {
            title: "Standart",
            sku: `BENCH-SEARCH-${n}`,
            options: { Turi: "Standart" },
            manage_inventory: false,
            prices: [
              { currency_code: "uzs", amount: 10000 + (n % 200) * 5000 },
              { currency_code: "usd", amount: 1 + (n % 200) },
            ],
          },
        ],
      }
    })
    await createProductsWorkflow(container).run({ input: { products } })
    created += count
  }
  const createMs = Date.now() - createStart

  const indexStart = Date.now()
  const result = await reindexProducts(container, {
    batchSize: 500,
    fresh: true,
    cursorFile: join(tmpdir(), `bozor-bench-search-${process.pid}.json`),
  })
  const indexMs = Date.now() - indexStart
  process.stdout.write(
    `BENCH_RESULT ${JSON.stringify({
      created,
      create_ms: createMs,
      indexed: result.done,
      index_ms: indexMs,
    })}\n`
  )
}
