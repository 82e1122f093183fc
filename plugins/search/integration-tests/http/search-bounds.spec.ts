import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import {
  MAX_SEARCH_QUERY_LENGTH,
  MAX_SEARCH_QUERY_TERMS,
  MAX_SEARCH_SKIP,
} from "../../src/api/store/search/validators"

jest.setTimeout(180 * 1000)

// Issue #14: `POST /store/search` answered a non-string `filters.q` with a 500
// ("input.q?.trim is not a function"), 90 000 characters with a 500 (PostgreSQL
// "stack depth limit exceeded") and 15 000 words with a 200 after 11 s.

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    const headers = () => ({ "x-publishable-api-key": seed.publishableKey })

    // Sent as a JSON string: axios deep-merges object bodies (and overflows
    // on the nested filter test).
    const post = (body: unknown) =>
      api
        .post("/store/search", JSON.stringify(body), {
          headers: { ...headers(), "content-type": "application/json" },
        })
        .then((r: any) => ({ status: r.status, data: r.data }))
        .catch((e: any) => {
          if (!e.response) {
            throw e
          }
          return { status: e.response.status, data: e.response.data }
        })

    const query = (filters: Record<string, unknown>, extra = {}) => ({
      entity: "product",
      filters,
      ...extra,
    })

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: "search-bounds-admin",
      })
      // The index follows product events; wait until the demo catalog is in.
      for (let i = 0; i < 150; i++) {
        const res = await post(query({ q: "qurut" }))
        if (res.status === 200 && res.data.results[0].hits.length) {
          break
        }
        await new Promise((r) => setTimeout(r, 100))
      }
    })

    it.each([
      ["a number", 42],
      ["a boolean", true],
      ["an array", ["qurut"]],
      ["an object", { $eq: "qurut" }],
    ])("refuses a q that is %s with a 400", async (_name, q) => {
      const res = await post(query({ q }))
      expect(res).toEqual({
        status: 400,
        data: {
          type: "invalid_data",
          message: "Invalid request: filters.q must be a string",
        },
      })
      // The same inside a batch.
      const batch = await post({
        queries: [query({ q: "qurut" }), query({ q })],
      })
      expect(batch.status).toBe(400)
      expect(batch.data.message).toBe(
        "Invalid request: filters.q must be a string"
      )
    })

    it("refuses a q over the length limit, however long", async () => {
      for (const length of [MAX_SEARCH_QUERY_LENGTH + 1, 90_000]) {
        const res = await post(query({ q: "q".repeat(length) }))
        expect(res).toEqual({
          status: 400,
          data: {
            type: "invalid_data",
            message: `Invalid request: filters.q must be at most ${MAX_SEARCH_QUERY_LENGTH} characters`,
          },
        })
      }
    })

    it("refuses a q with too many words, counted as the engines see them", async () => {
      const words = (n: number, sep = " ") =>
        Array.from({ length: n }, () => "qurut").join(sep)
      // 15 000 words: also over the length limit.
      expect((await post(query({ q: words(15_000) }))).status).toBe(400)
      for (const q of [
        words(MAX_SEARCH_QUERY_TERMS + 1),
        // Punctuation splits terms too.
        Array.from({ length: 40 }, () => "a").join("-"),
      ]) {
        const res = await post(query({ q }))
        expect(res).toEqual({
          status: 400,
          data: {
            type: "invalid_data",
            message: `Invalid request: filters.q must have at most ${MAX_SEARCH_QUERY_TERMS} words`,
          },
        })
      }
    })

    it("answers a query at the limits", async () => {
      // 20 terms, 200 characters at most, one of them matching.
      const q = ["qurut", ...Array(MAX_SEARCH_QUERY_TERMS - 1).fill("q")].join(
        " "
      )
      const res = await post(
        query({ q }, { search_options: { match_strategy: "any" } })
      )
      expect(res.status).toBe(200)
      expect(
        res.data.results[0].hits.map((h: any) => h.document.title)
      ).toContain("Qurut")
      // The apostrophe forms of oʻ are one term: "o'zbek" is not "o" + "zbek".
      const apostrophes = await post(
        query({ q: Array(MAX_SEARCH_QUERY_TERMS).fill("o'zbek").join(" ") })
      )
      expect(apostrophes.status).toBe(200)
    })

    it("bounds pagination.skip", async () => {
      const over = await post(
        query({ q: "qurut" }, { pagination: { skip: MAX_SEARCH_SKIP + 1 } })
      )
      expect(over).toEqual({
        status: 400,
        data: {
          type: "invalid_data",
          message: `Invalid request: pagination.skip must be at most ${MAX_SEARCH_SKIP}`,
        },
      })
      const huge = await post(
        query({ q: "qurut" }, { pagination: { skip: 1e20 } })
      )
      expect(huge.status).toBe(400)
      const negative = await post(
        query({ q: "qurut" }, { pagination: { skip: -1 } })
      )
      expect(negative.status).toBe(400)
      const atMax = await post(
        query({ q: "qurut" }, { pagination: { skip: MAX_SEARCH_SKIP } })
      )
      expect(atMax.status).toBe(200)
      expect(atMax.data.results[0].hits).toEqual([])
    })

    it("refuses a deeply nested filter tree and too many facets", async () => {
      let deep: Record<string, unknown> = { status: "published" }
      for (let i = 0; i < 2000; i++) {
        deep = { $not: deep }
      }
      const nested = await post(query({ q: "qurut", ...deep }))
      expect(nested.status).toBe(400)
      expect(nested.data.message).toBe(
        "Invalid request: filters may nest at most 8 levels"
      )
      const facets = await post(
        query(
          { q: "qurut" },
          { search_options: { facets: Array(21).fill("category_names") } }
        )
      )
      expect(facets.status).toBe(400)
      expect(facets.data.message).toBe(
        "Invalid request: search_options.facets may list at most 20 facets"
      )
    })
  },
})
