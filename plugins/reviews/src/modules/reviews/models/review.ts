import { model } from "@medusajs/framework/utils"

/**
 * A customer's review of a product. One live review per (product, customer):
 * the unique index below is what makes a parallel duplicate impossible.
 * Counters (`helpful_count`, `unhelpful_count`, `report_count`) are recomputed
 * from `review_vote` / `review_report` rows in the same transaction that
 * writes those rows, so they are exact.
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text(),
    /** Shown on the storefront: the customer's first name and last initial. */
    author_name: model.text().nullable(),
    rating: model.number(),
    title: model.text().nullable(),
    content: model.text(),
    /** File ids or URLs from Medusa's file module. */
    media: model.array().nullable(),
    status: model.enum(["pending", "approved", "rejected"]).default("pending"),
    /** The customer had an order containing the product when they wrote it. */
    verified_purchase: model.boolean().default(false),
    rejection_reason: model.text().nullable(),
    /** The merchant's one public reply. */
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    moderated_at: model.dateTime().nullable(),
    helpful_count: model.number().default(0),
    unhelpful_count: model.number().default(0),
    report_count: model.number().default(0),
  })
  .indexes([
    {
      on: ["product_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    // Storefront sorts: newest, rating, helpfulness (per product, approved).
    // `id` last: the pages order by it after the sort key, so a page reads
    // its rows in index order instead of sorting every tie (bulk-written
    // reviews share `created_at`; `helpful_count` ties by the thousand).
    {
      on: ["product_id", "status", "created_at", "id"],
      where: "deleted_at IS NULL",
    },
    { on: ["product_id", "status", "rating"], where: "deleted_at IS NULL" },
    {
      on: ["product_id", "status", "helpful_count", "id"],
      where: "deleted_at IS NULL",
    },
    { on: ["customer_id", "created_at"] },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "review_rating_range",
      expression: (columns) =>
        `${columns.rating} >= 1 AND ${columns.rating} <= 5`,
    },
    {
      name: "review_counters_non_negative",
      expression: (columns) =>
        `${columns.helpful_count} >= 0 AND ${columns.unhelpful_count} >= 0 AND ${columns.report_count} >= 0`,
    },
  ])
