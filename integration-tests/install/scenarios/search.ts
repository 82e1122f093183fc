import { waitFor } from "../lib/customer"
import type { Scenario } from "../lib/scenario"
import { createProduct, createStorefront } from "../lib/store-setup"

// Uzbek search installed alone, on Medusa's Search Module with the plugin's
// PostgreSQL provider (Medusa's, with cached answers): a product with an Uzbek Latin title is indexed through Medusa's
// product events, and `POST /store/search` finds it from the Cyrillic spelling
// a shopper types.

type Result = {
  hits: { id: string; document: Record<string, any> }[]
  metadata: { count: number | null }
}

export const search: Scenario = {
  name: "search",
  packages: ["@bozor/medusa-search"],
  screen: async () => ({
    path: "/settings/product-search",
    ready: '[data-testid="search-index-status"]',
  }),
  config: () => ({
    plugins: [{ resolve: "@bozor/medusa-search", options: {} }],
    modules: [
      {
        resolve: "@medusajs/medusa/search",
        options: {
          default_provider: "search-postgres",
          providers: [
            {
              resolve: "@bozor/medusa-search/providers/search-postgres",
              id: "postgres",
              options: {},
            },
          ],
        },
      },
    ],
  }),
  async flow({ http, admin, log }) {
    const front = await createStorefront(admin, {
      tag: "Search",
      currency: "uzs",
    })
    const { productId } = await createProduct(admin, {
      title: "Mis qozon",
      currency: "uzs",
      amount: 320000,
      salesChannelId: front.salesChannelId,
    })
    const find = async (q: string): Promise<Result> =>
      (
        await http.ok("POST", "/store/search", {
          headers: front.headers,
          body: { entity: "product", filters: { q } },
        })
      ).results[0]

    // The index is fed asynchronously from product.created.
    const found = await waitFor(
      () => find("мис қозон"),
      (r) => r.hits.some((h) => h.id === productId),
      "the product found by its Cyrillic spelling"
    )
    expect(found.hits[0]).toMatchObject({
      id: productId,
      document: expect.objectContaining({
        title: "Mis qozon",
        status: "published",
        price_uzs: 320000,
      }),
    })
    // The folded match keys stay private.
    expect(found.hits[0].document.title_key).toBeUndefined()
    // One Cyrillic word finds it too; an unrelated word does not.
    expect((await find("қозон")).hits.map((h) => h.id)).toContain(productId)
    expect((await find("тандир")).hits).toHaveLength(0)
    // Asked again, the same answer (cached when the app has a caching module).
    expect(await find("мис қозон")).toEqual(await find("мис қозон"))
    // The plugin's bounds guard Medusa's route.
    const tooLong = await http.request("POST", "/store/search", {
      headers: front.headers,
      body: { entity: "product", filters: { q: "қ".repeat(201) } },
    })
    expect(tooLong.status).toBe(400)
    log(`"мис қозон" found "${found.hits[0].document.title}" (${productId})`)
  },
}
