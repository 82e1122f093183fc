// Search (issue #11): POST /store/search on the bench's catalog (10,000
// products, grown and indexed by src/scripts/bench-catalog.ts) beside core
// GET /store/products?q= of the same server. Repeated queries are answered
// from the search plugin's cache; one row sends a new query each request.
module.exports = {
  name: "search",
  env: {},
  async run(ctx) {
    const headers = {
      "content-type": "application/json",
      "x-publishable-api-key": ctx.publishableKey,
    }
    const search = (filters, extra = {}) => ({
      method: "POST",
      path: "/store/search",
      headers,
      body: { entity: "product", filters, pagination: { take: 20 }, ...extra },
    })
    // Check the answers before timing them.
    const probe = await fetch(`${ctx.baseUrl}/store/search`, {
      method: "POST",
      headers,
      body: JSON.stringify({
        entity: "product",
        filters: { q: "чойнак" },
        pagination: { take: 20 },
      }),
    }).then((res) => res.json())
    ctx.note(
      `"чойнак" (Cyrillic) → ${probe.results?.[0]?.metadata?.count ?? "?"} hits on /store/search`
    )

    await ctx.measure({
      name: "GET /store/products?q=choynak&limit=20 (core)",
      path: "/store/products?q=choynak&limit=20&fields=id,title,handle",
      headers: { "x-publishable-api-key": ctx.publishableKey },
    })
    await ctx.measure({
      name: "POST /store/search q=choynak",
      ...search({ q: "choynak" }),
    })
    // Every request a query of its own (another page): no answer is cached.
    let page = 0
    await ctx.measure({
      name: "POST /store/search q=choynak, a new page each request (uncached)",
      ...search({ q: "choynak" }),
      setupRequest: (request) => ({
        ...request,
        body: JSON.stringify({
          entity: "product",
          filters: { q: "choynak" },
          pagination: { take: 20, skip: 20 + (page++ % 9000) },
        }),
      }),
    })
    await ctx.measure({
      name: "POST /store/search q=чойнак (Cyrillic)",
      ...search({ q: "чойнак" }),
    })
    await ctx.measure({
      name: "POST /store/search q=choynka (typo)",
      ...search({ q: "choynka" }),
    })
    await ctx.measure({
      name: "POST /store/search q=choy + price filter + 2 facets",
      ...search(
        { q: "choy", price_uzs: { $lte: 500000 } },
        {
          search_options: {
            facets: ["category_names", { field: "price_uzs", type: "stats" }],
          },
        }
      ),
    })
  },
}
