// Search (issue #11): POST /store/search on a 10,000-product catalog (the
// default PostgreSQL provider) beside core GET /store/products?q= in the same
// run. The catalog is grown and indexed by src/scripts/bench-search.ts.
const { spawnSync } = require("node:child_process")

module.exports = {
  name: "search",
  env: { BENCH_SEARCH_PRODUCTS: process.env.BENCH_SEARCH_PRODUCTS || "10000" },
  async run(ctx) {
    const setup = spawnSync(
      ctx.medusaBin,
      ["exec", "./src/scripts/bench-search.js"],
      {
        cwd: ctx.serverDir,
        env: ctx.env,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    )
    const line = (setup.stdout || "")
      .split("\n")
      .find((l) => l.startsWith("BENCH_RESULT "))
    if (!line) {
      throw new Error(
        `the search bench setup printed no result: ${(setup.stdout || "").slice(-2000)} ${(setup.stderr || "").slice(-1000)}`
      )
    }
    const r = JSON.parse(line.slice("BENCH_RESULT ".length))
    ctx.note(
      `catalog grown by ${r.created} products in ${(r.create_ms / 1000).toFixed(1)} s; ` +
        `reindex of ${r.indexed} products in ${(r.index_ms / 1000).toFixed(1)} s ` +
        `(${Math.round(r.indexed / (r.index_ms / 1000))} docs/s, batches of 500)`
    )

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
      name: "GET /store/products?q=choynak&limit=20 (core baseline)",
      path: "/store/products?q=choynak&limit=20&fields=id,title,handle",
      headers: { "x-publishable-api-key": ctx.publishableKey },
    })
    await ctx.measure({
      name: "POST /store/search q=choynak",
      ...search({ q: "choynak" }),
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
