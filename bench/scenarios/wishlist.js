// Wishlist: the customer's list with 50 items beside core customer and product
// reads of the same run; then the alert job over 100,000 watched items.
const { spawnSync } = require("node:child_process")

module.exports = {
  name: "wishlist",
  env: {},
  async run(ctx) {
    const email = `bench-wishlist-${Date.now()}@example.uz`
    const password = "bench-password"
    const post = (path, body, headers = {}) =>
      fetch(`${ctx.baseUrl}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": ctx.publishableKey,
          ...headers,
        },
        body: JSON.stringify(body),
      }).then((r) => r.json())
    const { token: registration } = await post(
      "/auth/customer/emailpass/register",
      { email, password }
    )
    await post(
      "/store/customers",
      { email },
      { authorization: `Bearer ${registration}` }
    )
    const { token } = await post("/auth/customer/emailpass", {
      email,
      password,
    })
    const headers = {
      authorization: `Bearer ${token}`,
      "x-publishable-api-key": ctx.publishableKey,
    }

    const { products } = await ctx.store.call(
      "GET",
      "/store/products?limit=50&fields=id,*variants"
    )
    for (const p of products) {
      await post(
        "/store/customers/me/wishlist/items",
        { variant_id: p.variants[0].id, region_id: ctx.regionUzId },
        headers
      )
    }
    await ctx.measure({
      name: "GET /store/customers/me (core baseline)",
      path: "/store/customers/me",
      headers,
    })
    await ctx.measure({
      name: "GET /store/customers/me/wishlist (50 items)",
      path: `/store/customers/me/wishlist?region_id=${ctx.regionUzId}`,
      headers,
    })

    const job = spawnSync(
      ctx.medusaBin,
      ["exec", "./src/scripts/bench-wishlist-job.js"],
      {
        cwd: ctx.serverDir,
        env: ctx.env,
        encoding: "utf8",
        maxBuffer: 64 * 1024 * 1024,
      }
    )
    const line = (job.stdout || "")
      .split("\n")
      .find((l) => l.startsWith("BENCH_RESULT "))
    if (!line) {
      throw new Error(
        `the alert job bench printed no result: ${(job.stderr || "").slice(-2000)}`
      )
    }
    const r = JSON.parse(line.slice("BENCH_RESULT ".length))
    ctx.note(
      `alert job over ${r.items} watched items: ${(r.ms / 1000).toFixed(1)} s (${Math.round(r.checked / (r.ms / 1000))} items/s), ` +
        `peak RSS ${r.peak_rss_mb} MB (before the job ${r.rss_before_mb} MB), batches of 500, ${r.alerts} alerts, ${r.failed} failed`
    )
  },
}
