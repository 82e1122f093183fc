import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import {
  progressLine,
  readCursor,
  reindexProducts,
} from "../../../../src/scripts/search/reindex-products"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"

jest.setTimeout(180 * 1000)

type Hit = { id: string; score?: number; document: Record<string, any> }
type Result = {
  hits: Hit[]
  metadata: { count: number | null }
  facets?: Record<string, any>
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    const ids: Record<string, string> = {}
    let otherChannelId: string
    let otherKey: string

    const headers = () => ({ "x-publishable-api-key": seed.publishableKey })

    const error = (p: Promise<unknown>) =>
      p
        .then((r: any) => ({ status: r.status, data: r.data }) as any)
        .catch((e: any) => e.response)

    async function search(
      q: string | undefined,
      extra: Record<string, any> = {}
    ): Promise<Result> {
      const { filters, ...rest } = extra
      const { data } = await api.post(
        "/store/search",
        {
          entity: "product",
          filters: { ...(q !== undefined ? { q } : {}), ...(filters ?? {}) },
          pagination: { take: 100 },
          ...rest,
        },
        { headers: headers() }
      )
      return data.results[0]
    }

    const titles = (r: Result) => r.hits.map((h) => h.document.title)

    async function waitFor<T>(
      read: () => Promise<T>,
      done: (value: T) => boolean
    ): Promise<T> {
      let value = await read()
      for (let i = 0; i < 150 && !done(value); i++) {
        await new Promise((r) => setTimeout(r, 100))
        value = await read()
      }
      return value
    }

    beforeAll(async () => {
      const container = getContainer()
      seed = await seedDemoStore(container, { adminPassword: "search-admin" })
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: profiles } = await query.graph({
        entity: "shipping_profile",
        fields: ["id"],
      })
      const { data: categories } = await query.graph({
        entity: "product_category",
        fields: ["id", "handle"],
      })
      const category = (handle: string) =>
        categories.find((c: any) => c.handle === handle)!.id
      const {
        result: [otherChannel],
      } = await createSalesChannelsWorkflow(container).run({
        input: { salesChannelsData: [{ name: "Boshqa do'kon" }] },
      })
      otherChannelId = otherChannel.id
      const {
        result: [key],
      } = await createApiKeysWorkflow(container).run({
        input: {
          api_keys: [
            { title: "Boshqa do'kon", type: "publishable", created_by: "" },
          ],
        },
      })
      otherKey = key.token
      await linkSalesChannelsToApiKeyWorkflow(container).run({
        input: { id: key.id, add: [otherChannel.id] },
      })
      const base = (
        title: string,
        sku: string,
        over: Record<string, any> = {}
      ) => ({
        title,
        status: "published" as const,
        shipping_profile_id: profiles[0].id,
        sales_channels: [{ id: seed.salesChannelId }],
        options: [{ title: "Turi", values: ["Standart"] }],
        variants: [
          {
            title: "Standart",
            sku,
            options: { Turi: "Standart" },
            // Only TANDUR-1 tracks stock (and has none yet).
            manage_inventory: sku === "TANDUR-1",
            prices: [
              { currency_code: "uzs", amount: 100000 },
              { currency_code: "usd", amount: 8 },
            ],
          },
        ],
        ...over,
      })
      const { result } = await createProductsWorkflow(container).run({
        input: {
          products: [
            // Relevance: the word in the title, only in the description, misspelt.
            base("Tandir", "TANDIR-1", {
              description: "Loydan yasalgan o'choq.",
              category_ids: [category("uy-rozgor")],
            }),
            base("Sopol idish", "SOPOL-1", {
              description: "Tandir yonida ishlatiladi.",
            }),
            // Stock managed and none stocked: out of stock.
            base("Tandur", "TANDUR-1", { description: "Hind oshxonasi." }),
            // Written in Cyrillic only.
            base("Қовун", "QOVUN-1", { description: "Мирзачўл қовуни." }),
            // Channel and status rules.
            base("Tandir kuragi (boshqa do'kon)", "TANDIR-OTHER", {
              sales_channels: [{ id: otherChannel.id }],
            }),
            base("Tandir qopqog'i (qoralama)", "TANDIR-DRAFT", {
              status: "draft",
            }),
          ],
        },
      })
      for (const p of result) {
        ids[p.variants![0].sku!] = p.id
      }
      // Seeded through events; wait for every published demo product plus ours.
      await waitFor(
        () => search(undefined, { pagination: { take: 0 } }),
        (r) => (r.metadata.count ?? 0) >= 35
      )
      await waitFor(
        () => search("tandir"),
        (r) => r.hits.length >= 3
      )
      await waitFor(
        () => search("qovun"),
        (r) => r.hits.length >= 1
      )
    })

    const docRow = async (productId: string) => {
      const { rows } = await dbConnection.raw(
        `select document from search_pg_product_v1 where id = ?`,
        [productId]
      )
      return rows[0]?.document as Record<string, any> | undefined
    }

    describe("relevance", () => {
      it("ranks an exact title match above a description match above a typo", async () => {
        const r = await search("tandir", {
          search_options: { include_score: true },
        })
        const order = titles(r)
        expect(order.indexOf("Tandir")).toBe(0)
        const partial = order.indexOf("Sopol idish")
        const typo = order.indexOf("Tandur")
        expect(partial).toBeGreaterThan(0)
        expect(typo).toBeGreaterThan(partial)
        const score = (t: string) =>
          r.hits.find((h) => h.document.title === t)!.score!
        expect(score("Tandir")).toBeGreaterThan(score("Sopol idish"))
        expect(score("Sopol idish")).toBeGreaterThan(score("Tandur"))
      })

      it("finds misspelt queries, and none when typo tolerance is off", async () => {
        expect(titles(await search("chaynok"))).toContain("Choynak")
        const strict = await search("chaynok", {
          search_options: { typo_tolerance: false },
        })
        expect(strict.hits).toHaveLength(0)
      })

      it("matches SKUs and returns the indexed fields", async () => {
        const r = await search("QURUT-STANDART")
        expect(r.hits[0].document).toEqual(
          expect.objectContaining({
            title: "Qurut",
            title_ru: "Курут",
            handle: "qurut",
            status: "published",
            skus: ["QURUT-STANDART"],
            category_names: ["Oziq-ovqat"],
            in_stock: true,
            price_uzs: 35000,
            price_usd: 3,
            sales_channel_ids: [seed.salesChannelId],
          })
        )
        // The folded match keys are never returned.
        expect(r.hits[0].document.title_key).toBeUndefined()
      })
    })

    describe("Uzbek scripts and Russian", () => {
      it("finds a Latin product from a Cyrillic query", async () => {
        expect(titles(await search("Қурут"))[0]).toBe("Qurut")
        expect(titles(await search("кўк чой"))[0]).toBe("Ko'k choy")
        expect(titles(await search("ўрик"))).toContain("Quritilgan o'rik")
      })

      it("finds a Cyrillic product from a Latin query", async () => {
        expect(titles(await search("qovun"))[0]).toBe("Қовун")
        expect(titles(await search("Mirzacho'l"))[0]).toBe("Қовун")
      })

      it("finds products by their Russian title", async () => {
        expect(titles(await search("миндаль"))[0]).toBe("Bodom")
        expect(titles(await search("тюбетейка"))[0]).toBe("Chust do'ppisi")
      })

      it("treats every apostrophe form of oʻ and gʻ alike", async () => {
        const forms = ["o'rik", "oʻrik", "o`rik", "orik", "ўрик"]
        for (const form of forms) {
          expect(titles(await search(form))).toContain("Quritilgan o'rik")
        }
      })
    })

    describe("filters and facets", () => {
      it("filters by price, category and stock, and facets the result", async () => {
        const cheap = await search(undefined, {
          filters: { price_uzs: { $lte: 40000 } },
        })
        expect(titles(cheap)).toEqual(
          expect.arrayContaining(["Qurut", "Kapgir"])
        )
        expect(cheap.hits.every((h) => h.document.price_uzs <= 40000)).toBe(
          true
        )

        const food = await search(undefined, {
          filters: { category_names: "Oziq-ovqat" },
          search_options: {
            facets: ["category_names", { field: "price_uzs", type: "stats" }],
          },
        })
        expect(food.hits.length).toBeGreaterThan(5)
        expect(
          food.hits.every((h) =>
            h.document.category_names.includes("Oziq-ovqat")
          )
        ).toBe(true)
        expect(food.facets!.category_names.values).toEqual([
          { value: "Oziq-ovqat", count: food.hits.length },
        ])
        expect(food.facets!.price_uzs.min).toBe(
          Math.min(...food.hits.map((h) => h.document.price_uzs))
        )

        const out = await search(undefined, { filters: { in_stock: false } })
        expect(titles(out)).toEqual(["Tandur"])
      })
    })

    describe("store rules", () => {
      it("returns only published products of the key's sales channels", async () => {
        const shown = titles(await search("tandir"))
        expect(shown).not.toContain("Tandir kuragi (boshqa do'kon)")
        expect(shown).not.toContain("Tandir qopqog'i (qoralama)")
        // Both are in the index: the route's filters hide them.
        expect((await docRow(ids["TANDIR-DRAFT"]))?.status).toBe("draft")
        expect((await docRow(ids["TANDIR-OTHER"]))?.sales_channel_ids).toEqual([
          otherChannelId,
        ])
        // A client's own filters cannot widen past the store's.
        const widened = await search("tandir", {
          filters: { $or: [{ status: "draft" }, { status: "published" }] },
        })
        expect(titles(widened)).not.toContain("Tandir qopqog'i (qoralama)")

        const other = await api.post(
          "/store/search",
          { entity: "product", filters: { q: "тандир" } },
          { headers: { "x-publishable-api-key": otherKey } }
        )
        expect(titles(other.data.results[0])).toEqual([
          "Tandir kuragi (boshqa do'kon)",
        ])
      })

      it("rejects bad input and unexposed indexes", async () => {
        const bad = await error(
          api.post(
            "/store/search",
            { entity: "product", filters: { q: "qurut" }, limit: 5 },
            { headers: headers() }
          )
        )
        expect(bad.status).toBe(400)
        const tooMany = await error(
          api.post(
            "/store/search",
            { entity: "product", pagination: { take: 1000 } },
            { headers: headers() }
          )
        )
        expect(tooMany.status).toBe(400)
        const hidden = await error(
          api.post(
            "/store/search",
            { entity: "customer", filters: { q: "a" } },
            { headers: headers() }
          )
        )
        expect(hidden.status).toBe(404)
        const noKey = await error(
          api.post("/store/search", { entity: "product" })
        )
        expect(noKey.status).toBe(400)
      })
    })

    describe("reindex command", () => {
      it("rebuilds the index page by page and resumes after an interruption", async () => {
        const dir = await mkdtemp(join(tmpdir(), "bozor-reindex-"))
        const cursorFile = join(dir, "cursor.json")
        const { rows: before } = await dbConnection.raw(
          `select id, document from search_pg_product_v1 order by id`
        )
        await dbConnection.raw(`delete from search_pg_product_v1`)

        // Stop after the second page, as a crash would.
        let pages = 0
        await expect(
          reindexProducts(getContainer(), {
            batchSize: 10,
            cursorFile,
            onProgress: () => {
              pages += 1
              if (pages === 2) {
                throw new Error("interrupted")
              }
            },
          })
        ).rejects.toThrow("interrupted")
        const saved = await readCursor(cursorFile)
        expect(saved).toEqual(
          expect.objectContaining({ index: "product", done: 20, total: 37 })
        )
        const { rows: partial } = await dbConnection.raw(
          `select id from search_pg_product_v1 order by id`
        )
        expect(partial).toHaveLength(20)
        expect(partial[19].id).toBe(saved!.last_id)

        const lines: string[] = []
        const done = await reindexProducts(getContainer(), {
          batchSize: 10,
          cursorFile,
          onProgress: (c, ms) => lines.push(progressLine(c, ms)),
        })
        expect(done.done).toBe(37)
        // Resumed: two more pages, not four.
        expect(lines).toHaveLength(2)
        expect(lines[1]).toContain("100%  37/37")
        expect(await readCursor(cursorFile)).toBeNull()

        const { rows: after } = await dbConnection.raw(
          `select id, document from search_pg_product_v1 order by id`
        )
        expect(after).toEqual(before)
        await rm(dir, { recursive: true, force: true })
      })
    })

    describe("incremental sync", () => {
      it("re-indexes a product when it, its variant, stock or price change", async () => {
        const container = getContainer()
        await updateProductsWorkflow(container).run({
          input: {
            selector: { id: ids["SOPOL-1"] },
            update: { title: "Sopol xurmacha" },
          },
        })
        const exact = { search_options: { typo_tolerance: false } }
        const renamed = await waitFor(
          () => search("xurmacha", exact),
          (r) => r.hits.length > 0
        )
        expect(titles(renamed)).toEqual(["Sopol xurmacha"])
        expect((await docRow(ids["SOPOL-1"]))?.title).toBe("Sopol xurmacha")

        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({
          entity: "product_variant",
          fields: [
            "id",
            "sku",
            "product_id",
            "inventory_items.inventory_item_id",
          ],
          filters: { product_id: [ids["TANDUR-1"]] },
        })
        await updateProductVariantsWorkflow(container).run({
          input: {
            product_variants: [
              {
                id: variants[0].id,
                sku: "TANDUR-YANGI",
                prices: [
                  { currency_code: "uzs", amount: 77000 },
                  { currency_code: "usd", amount: 6 },
                ],
              },
            ],
          },
        })
        const bySku = await waitFor(
          () => docRow(ids["TANDUR-1"]),
          (d) => d?.price_uzs === 77000 && d?.skus?.[0] === "TANDUR-YANGI"
        )
        expect(bySku).toEqual(
          expect.objectContaining({ skus: ["TANDUR-YANGI"], price_uzs: 77000 })
        )
        expect(titles(await search("tandur-yangi", exact))).toEqual(["Tandur"])

        expect(bySku?.in_stock).toBe(false)
        await createInventoryLevelsWorkflow(container).run({
          input: {
            inventory_levels: [
              {
                inventory_item_id:
                  variants[0].inventory_items![0]!.inventory_item_id,
                location_id: seed.stockLocationId,
                stocked_quantity: 4,
              },
            ],
          },
        })
        const stocked = await waitFor(
          () => docRow(ids["TANDUR-1"]),
          (d) => d?.in_stock === true
        )
        expect(stocked?.in_stock).toBe(true)
      })

      it("drops a deleted product from the index", async () => {
        const productModule = getContainer().resolve(Modules.PRODUCT)
        const { deleteProductsWorkflow } =
          await import("@medusajs/medusa/core-flows")
        await deleteProductsWorkflow(getContainer()).run({
          input: { ids: [ids["QOVUN-1"]] },
        })
        const gone = await waitFor(
          () => docRow(ids["QOVUN-1"]),
          (d) => d === undefined
        )
        expect(gone).toBeUndefined()
        expect(
          await productModule.listProducts({ id: ids["QOVUN-1"] })
        ).toHaveLength(0)
        const after = await search("qovun", {
          search_options: { typo_tolerance: false },
        })
        expect(after.hits).toHaveLength(0)
      })
    })

    describe("answer cache (issue #17)", () => {
      it("answers a repeated search from the cache until the index changes", async () => {
        const exact = { search_options: { typo_tolerance: false } }
        const first = await search("tandir", exact)
        expect(titles(first)).toContain("Tandir")

        // Changed behind the provider's back: the cache cannot know.
        await dbConnection.raw(
          `update search_pg_product_v1
              set document = jsonb_set(document, '{title}', '"Tandir (behind)"')
            where id = ?`,
          [ids["TANDIR-1"]]
        )
        expect(await search("tandir", exact)).toEqual(first)
        // Another query is not that answer: it reads the table.
        const other = await search("tandir", {
          search_options: { typo_tolerance: false, include_score: true },
        })
        expect(titles(other)).toContain("Tandir (behind)")

        // A write through the provider retires every cached answer.
        await updateProductsWorkflow(getContainer()).run({
          input: {
            selector: { id: ids["TANDIR-1"] },
            update: { title: "Tandir katta" },
          },
        })
        const fresh = await waitFor(
          () => search("tandir", exact),
          (r) => titles(r).includes("Tandir katta")
        )
        expect(titles(fresh)).toContain("Tandir katta")
        expect(titles(fresh)).not.toContain("Tandir (behind)")
        expect(titles(fresh)).not.toContain("Tandir")
      })

      it("gives parallel identical searches one answer", async () => {
        const options = {
          search_options: { typo_tolerance: true, include_score: true },
        }
        const answers = await Promise.all(
          Array.from({ length: 8 }, () => search("lagan", options))
        )
        expect(titles(answers[0])).toContain("Rishton lagani")
        for (const answer of answers) {
          expect(answer).toEqual(answers[0])
        }
      })
    })
  },
})
