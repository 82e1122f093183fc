import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  REVIEWS_MODULE,
  type ReviewsModuleService,
} from "@bozor/medusa-reviews/modules/reviews"

const BATCH = 1000

/**
 * `npm run bench` only (`bench/scenarios/reviews.js`): gives the product
 * BENCH_REVIEWS_PRODUCT_ID BENCH_REVIEWS_COUNT (default 10,000) approved
 * reviews through the module's bulk create, then recomputes its stats.
 * Idempotent: tops up to the target. Bypasses the workflows on purpose
 * (no events, no rate limit) — bench data, not store data.
 */
export default async function benchReviews({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productId = process.env.BENCH_REVIEWS_PRODUCT_ID
  if (!productId) {
    throw new Error("[reviews] BENCH_REVIEWS_PRODUCT_ID must be set.")
  }
  const target = Number(process.env.BENCH_REVIEWS_COUNT || 10000)
  const service = container.resolve<ReviewsModuleService>(REVIEWS_MODULE)
  const [, existing] = await service.listAndCountReviews(
    { product_id: productId },
    { take: 1 }
  )
  const started = Date.now()
  for (let start = existing; start < target; start += BATCH) {
    const size = Math.min(BATCH, target - start)
    await service.createReviews(
      Array.from({ length: size }, (_, i) => {
        const n = start + i
        return {
          product_id: productId,
          customer_id: `cus_bench_${String(n).padStart(6, "0")}`,
          author_name: `Xaridor ${n}`,
          // A fixed, skewed spread of ratings (more 4s and 5s).
          rating: [5, 4, 5, 3, 4, 5, 2, 4, 1, 5][n % 10],
          title: `Bench review ${n}`,
          content: `Bench review number ${n}: plain text content.`,
          status: "approved" as const,
          verified_purchase: n % 3 === 0,
          helpful_count: n % 7,
        }
      })
    )
  }
  const [stats] = await service.recomputeReviewStats([productId])
  logger.info(
    `[reviews] product ${productId}: ${stats.count} approved reviews (added ${Math.max(0, target - existing)} in ${Date.now() - started} ms), average ${stats.average}`
  )
}
