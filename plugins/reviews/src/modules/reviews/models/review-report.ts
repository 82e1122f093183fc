import { model } from "@medusajs/framework/utils"

/** An abuse report on a review: one per customer and review. */
export const ReviewReport = model
  .define("review_report", {
    id: model.id({ prefix: "revrep" }).primaryKey(),
    review_id: model.text(),
    customer_id: model.text(),
    reason: model.text().nullable(),
  })
  .indexes([
    {
      on: ["review_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
