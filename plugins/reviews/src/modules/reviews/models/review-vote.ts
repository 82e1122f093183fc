import { model } from "@medusajs/framework/utils"

/** A customer's helpful / not helpful vote on a review: one per customer and review. */
export const ReviewVote = model
  .define("review_vote", {
    id: model.id({ prefix: "revvote" }).primaryKey(),
    review_id: model.text(),
    customer_id: model.text(),
    helpful: model.boolean(),
  })
  .indexes([
    {
      on: ["review_id", "customer_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
