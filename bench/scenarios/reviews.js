// Product reviews (issue #7): GET /store/products/:id/reviews (first page,
// newest and most helpful, with stats) for a product with 10,000 approved
// reviews, beside the same run's core GET /store/products/:id.
const { spawnSync } = require("node:child_process")

const REVIEWS = 10000

module.exports = {
  name: "reviews",
  env: {},
  async run(ctx) {
    const { products } = await ctx.store.call(
      "GET",
      "/store/products?limit=1&handle=qozon&fields=id"
    )
    const productId = products[0].id

    const started = Date.now()
    const seeded = spawnSync(
      ctx.medusaBin,
      ["exec", "./src/scripts/bench-reviews.js"],
      {
        cwd: ctx.serverDir,
        env: {
          ...ctx.env,
          BENCH_REVIEWS_PRODUCT_ID: productId,
          BENCH_REVIEWS_COUNT: String(REVIEWS),
        },
        stdio: "inherit",
      }
    )
    if (seeded.status !== 0) {
      throw new Error(`bench-reviews.js exited with ${seeded.status}`)
    }
    const page = await ctx.store.call(
      "GET",
      `/store/products/${productId}/reviews?limit=1`
    )
    if (page.stats.count !== REVIEWS) {
      throw new Error(
        `expected ${REVIEWS} approved reviews, stats say ${page.stats.count}`
      )
    }
    ctx.note?.(
      `${REVIEWS} reviews inserted and stats recomputed in ${Date.now() - started} ms (medusa exec included)`
    )

    const headers = { "x-publishable-api-key": ctx.publishableKey }
    await ctx.measure({
      name: "GET /store/products/:id (core baseline)",
      path: `/store/products/${productId}`,
      headers,
    })
    await ctx.measure({
      name: "GET /store/products/:id/reviews (10k reviews, newest)",
      path: `/store/products/${productId}/reviews?limit=10`,
      headers,
    })
    await ctx.measure({
      name: "GET /store/products/:id/reviews (10k reviews, most helpful)",
      path: `/store/products/${productId}/reviews?limit=10&order=-helpful_count`,
      headers,
    })
  },
}
