import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { createMeilisearchFake } from "../fakes/meilisearch"
import { searchSynonyms } from "../../src/search/_synonyms"
import { adminHeaders } from "../../../../integration-tests/helpers/customers"

jest.setTimeout(180 * 1000)

// The Search Module reads these in medusa-config.ts, evaluated in the runner's
// own beforeAll: set them here, with the fake's URL in a beforeAll registered
// before the runner's.
const API_KEY = "meili-master-key"
const fake = createMeilisearchFake({ apiKey: API_KEY })
const ENV_KEYS = [
  "SEARCH_PROVIDER",
  "MEILISEARCH_HOST",
  "MEILISEARCH_API_KEY",
] as const
const savedEnv: Record<string, string | undefined> = {}
for (const key of ENV_KEYS) {
  savedEnv[key] = process.env[key]
}

beforeAll(async () => {
  process.env.MEILISEARCH_HOST = await fake.listen()
  process.env.MEILISEARCH_API_KEY = API_KEY
  process.env.SEARCH_PROVIDER = "meilisearch"
})

afterAll(async () => {
  await fake.close()
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = savedEnv[key]
    }
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let physical: string
    const productId: Record<string, string> = {}

    const headers = () => ({ "x-publishable-api-key": seed.publishableKey })

    async function waitFor<T>(read: () => T, done: (v: T) => boolean) {
      let value = read()
      for (let i = 0; i < 150 && !done(value); i++) {
        await new Promise((r) => setTimeout(r, 100))
        value = read()
      }
      return value
    }

    const requests = (method: string, suffix: string) =>
      fake.requests.filter(
        (r) => r.method === method && r.path === `/indexes/${physical}${suffix}`
      )

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: "meili-admin",
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["id", "handle"],
      })
      for (const p of data) {
        productId[p.handle!] = p.id
      }
      const created = fake.requests.find(
        (r) => r.method === "POST" && r.path === "/indexes"
      )
      physical = created!.body.uid
      await waitFor(
        () => fake.indexes.get(physical)?.documents.size ?? 0,
        (n) => n >= data.length
      )
    })

    it("creates the index and applies the settings derived from the definition", async () => {
      const created = fake.requests.filter(
        (r) => r.method === "POST" && r.path === "/indexes"
      )
      expect(created[0].body).toEqual({ uid: physical, primaryKey: "id" })
      expect(physical).toMatch(/^product/)
      expect(created[0].authorization).toBe(`Bearer ${API_KEY}`)

      const settings = requests("PATCH", "/settings")
      expect(settings.length).toBeGreaterThanOrEqual(1)
      expect(settings[0].body).toEqual({
        searchableAttributes: ["title_key", "keywords_key", "description_key"],
        filterableAttributes: [
          "id",
          "handle",
          "status",
          "sales_channel_ids",
          "skus",
          "category_ids",
          "category_names",
          "collection_id",
          "collection_title",
          "tags",
          "in_stock",
          "price_uzs",
          "price_usd",
          "price_eur",
          "price_rub",
        ],
        sortableAttributes: [
          "title",
          "price_uzs",
          "price_usd",
          "price_eur",
          "price_rub",
        ],
        displayedAttributes: [
          "id",
          "title",
          "title_ru",
          "subtitle",
          "description",
          "handle",
          "thumbnail",
          "status",
          "sales_channel_ids",
          "skus",
          "category_ids",
          "category_names",
          "collection_id",
          "collection_title",
          "tags",
          "in_stock",
          "price_uzs",
          "price_usd",
          "price_eur",
          "price_rub",
        ],
        typoTolerance: {
          enabled: true,
          minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 },
        },
        distinctAttribute: null,
        synonyms: searchSynonyms(),
      })
      expect(settings[0].body.synonyms.qozon).toEqual(["kazan"])
      // Every settings write was the same payload.
      for (const s of settings) {
        expect(s.body).toEqual(settings[0].body)
      }
    })

    it("sends each product as one document with its folded match keys", async () => {
      const added = requests("POST", "/documents").flatMap((r) => r.body)
      const qurut = added.filter((d: any) => d.id === productId["qurut"])
      expect(qurut.length).toBeGreaterThanOrEqual(1)
      expect(qurut[qurut.length - 1]).toEqual({
        id: productId["qurut"],
        title: "Qurut",
        title_ru: "Курут",
        subtitle: null,
        description: "Tuzlangan qatiq sharchalari, 500 g.",
        handle: "qurut",
        thumbnail: null,
        status: "published",
        sales_channel_ids: [seed.salesChannelId],
        skus: ["QURUT-STANDART"],
        category_ids: [expect.any(String)],
        category_names: ["Oziq-ovqat"],
        collection_id: null,
        collection_title: null,
        tags: [],
        in_stock: true,
        price_uzs: 35000,
        price_usd: 3,
        price_eur: null,
        price_rub: null,
        title_key: "qurut kurut",
        keywords_key: "qurut oziq-ovqat qurut-standart",
        description_key:
          "tuzlangan qatiq sharchalari, 500 g. solyoniye shariki iz katika, 500 g.",
      })
      // Every product of the catalog is in the index, once.
      const ids = new Set(added.map((d: any) => d.id))
      expect([...ids].sort()).toEqual(Object.values(productId).sort())
    })

    it("searches through /store/search with the query transliterated and the store's filters", async () => {
      fake.reset()
      const { data } = await api.post(
        "/store/search",
        {
          entity: "product",
          filters: { q: "Қурут", price_uzs: { $lte: 50000 } },
          pagination: { take: 5 },
          search_options: { facets: ["category_names"] },
        },
        { headers: headers() }
      )
      const searches = requests("POST", "/search")
      expect(searches).toHaveLength(1)
      expect(searches[0].body).toEqual({
        q: "qurut",
        offset: 0,
        limit: 5,
        attributesToRetrieve: expect.arrayContaining(["id", "title"]),
        // The store's constraints ANDed with the shopper's own filter.
        filter: `((status = "published") AND (sales_channel_ids IN ["${seed.salesChannelId}"])) AND (price_uzs <= 50000)`,
        facets: ["category_names"],
      })
      const result = data.results[0]
      expect(result.hits.map((h: any) => h.id)).toEqual([productId["qurut"]])
      expect(result.hits[0].document.title).toBe("Qurut")
      expect(result.hits[0].document.title_key).toBeUndefined()
      expect(result.facets.category_names).toEqual({
        type: "value",
        values: [{ value: "Oziq-ovqat", count: 1 }],
      })
      expect(result.metadata).toEqual(
        expect.objectContaining({ skip: 0, take: 5, count: 1 })
      )
    })

    it("finds a Latin product from a Cyrillic query and the reverse", async () => {
      const search = async (q: string) => {
        const { data } = await api.post(
          "/store/search",
          { entity: "product", filters: { q } },
          { headers: headers() }
        )
        return data.results[0].hits.map((h: any) => h.document.title)
      }
      expect(await search("кўк чой")).toEqual(["Ko'k choy"])
      // Russian title, written in Latin by a shopper.
      expect(await search("mindal")).toEqual(["Bodom"])
    })

    it("rejects bad input without calling Meilisearch", async () => {
      fake.reset()
      const bad = await api
        .post(
          "/store/search",
          { entity: "product", filters: { q: "qurut" }, limit: 1 },
          { headers: headers() }
        )
        .catch((e: any) => e.response)
      expect(bad.status).toBe(400)
      expect(fake.requests).toHaveLength(0)
    })

    it("refuses a non-string or oversized q with a 400 and no Meilisearch call (issue #14)", async () => {
      fake.reset()
      for (const q of [42, true, ["qurut"], "q".repeat(201)]) {
        const res = await api
          .post(
            "/store/search",
            { entity: "product", filters: { q } },
            { headers: headers() }
          )
          .catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
      }
      expect(fake.requests).toHaveLength(0)
    })

    it("deletes a deleted product's document by id", async () => {
      fake.reset()
      await deleteProductsWorkflow(getContainer()).run({
        input: { ids: [productId["zira"]] },
      })
      const deletes = await waitFor(
        () => requests("POST", "/documents/delete-batch"),
        (r) => r.length > 0
      )
      expect(deletes.map((r) => r.body)).toEqual([[productId["zira"]]])
      expect(fake.indexes.get(physical)!.documents.has(productId["zira"])).toBe(
        false
      )
    })

    // Last: a reindex swaps in a new physical index, which the tests above read.
    describe("admin status and reindex", () => {
      const status = async (headers: Record<string, string>) =>
        (await api.get("/admin/search/status", { headers })).data.search

      it("reports the index, Meilisearch's health and pending tasks, and refuses bad input", async () => {
        const admin = await adminHeaders(api, seed.adminEmail, "meili-admin")
        const products = Object.keys(productId).length
        const search = await status(admin)
        // The test above deleted a product from the index; the database has
        // it back (each test starts from the seeded snapshot).
        const indexed = fake.indexes.get(physical)!.documents.size
        expect(indexed).toBe(products - 1)
        expect(search).toMatchObject({
          enabled: true,
          index: {
            name: "product",
            provider: "meilisearch",
            status: "ready",
            active_version: 1,
          },
          documents: indexed,
          products,
          // The boot seed ran before the demo store existed (its products
          // came through events), so only its state is certain here.
          last_sync: {
            status: "done",
            documents_synced: expect.any(Number),
            error: null,
          },
          reindex: { running: false },
          meilisearch: {
            host: fake.url,
            reachable: true,
            pending_tasks: 0,
            error: null,
          },
        })
        expect(
          fake.requests.find((r) => r.path === "/health")?.authorization
        ).toBe(`Bearer ${API_KEY}`)

        fake.unavailable = true
        try {
          const down = await status(admin)
          expect(down.meilisearch).toMatchObject({
            reachable: false,
            pending_tasks: null,
            error: "GET /health answered 503",
          })
        } finally {
          fake.unavailable = false
        }

        const bad = await api
          .get("/admin/search/status?limit=5", { headers: admin })
          .catch((e: any) => e.response)
        expect(bad.status).toBe(400)
        const body = await api
          .post("/admin/search/reindex", { index: "x" }, { headers: admin })
          .catch((e: any) => e.response)
        expect(body.status).toBe(400)
        const anonymous = await api
          .post("/admin/search/reindex", {}, { headers: headers() })
          .catch((e: any) => e.response)
        expect(anonymous.status).toBe(401)
      })

      it("reindexes in the background, answers 409 while running, and swaps in the new version", async () => {
        const admin = await adminHeaders(api, seed.adminEmail, "meili-admin")
        const products = Object.keys(productId).length
        fake.reset()
        fake.hold()
        let released = false
        try {
          const started = await api.post(
            "/admin/search/reindex",
            {},
            { headers: admin }
          )
          expect(started.status).toBe(202)
          expect(started.data).toMatchObject({
            job_id: expect.stringMatching(/^srhjob_/),
            index: "product",
          })

          const again = await api
            .post("/admin/search/reindex", {}, { headers: admin })
            .catch((e: any) => e.response)
          expect(again.status).toBe(409)
          expect(again.data.type).toBe("conflict")

          const running = await status(admin)
          expect(running.reindex.running).toBe(true)
          expect(running.meilisearch.pending_tasks).toBeGreaterThanOrEqual(1)

          fake.release()
          released = true
          let done = running
          for (let i = 0; i < 150 && done.reindex.running; i++) {
            await new Promise((r) => setTimeout(r, 100))
            done = await status(admin)
          }
          expect(done).toMatchObject({
            index: { status: "ready", active_version: 2 },
            documents: products,
            last_sync: { status: "done", documents_synced: products },
            reindex: { running: false },
            meilisearch: { reachable: true, pending_tasks: 0 },
          })
          expect(
            new Date(done.last_sync.started_at).getTime()
          ).toBeGreaterThanOrEqual(
            new Date(started.data.started_at).getTime() - 1000
          )
          // The new version is a new physical index, filled with every product.
          const created = fake.requests.filter(
            (r) => r.method === "POST" && r.path === "/indexes"
          )
          expect(created).toHaveLength(1)
          expect(created[0].body.uid).not.toBe(physical)
          expect(fake.indexes.get(created[0].body.uid)!.documents.size).toBe(
            products
          )

          // The lock is free again: a new reindex starts.
          const next = await api.post(
            "/admin/search/reindex",
            {},
            { headers: admin }
          )
          expect(next.status).toBe(202)
          let after = await status(admin)
          for (let i = 0; i < 150 && after.reindex.running; i++) {
            await new Promise((r) => setTimeout(r, 100))
            after = await status(admin)
          }
          expect(after.index.active_version).toBe(3)
        } finally {
          if (!released) {
            fake.release()
          }
        }
      })
    })
  },
})
