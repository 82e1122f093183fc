import { model } from "@medusajs/framework/utils"

/**
 * Approved-review statistics of one product, recomputed exactly (one
 * aggregate over that product's reviews) by every workflow that changes a
 * review's status, rating or existence. Read as one row by the storefront.
 */
export const ReviewStats = model.define("review_stats", {
  id: model.id({ prefix: "revstat" }).primaryKey(),
  product_id: model.text().unique(),
  count: model.number().default(0),
  /** Mean rating of approved reviews, rounded to 2 decimals; 0 when none. */
  average: model.float().default(0),
  rating_1: model.number().default(0),
  rating_2: model.number().default(0),
  rating_3: model.number().default(0),
  rating_4: model.number().default(0),
  rating_5: model.number().default(0),
})
