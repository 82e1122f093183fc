import { model } from "@medusajs/framework/utils"

/** The customer's 1–5 rating of a delivered delivery, once per delivery. */
export const DeliveryRating = model
  .define("delivery_rating", {
    id: model.id({ prefix: "drat" }).primaryKey(),
    delivery_id: model.text(),
    driver_id: model.text(),
    customer_id: model.text(),
    rating: model.number(),
    comment: model.text().nullable(),
  })
  .indexes([
    { on: ["delivery_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["driver_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "delivery_rating_rating_range",
      expression: (columns) =>
        `${columns.rating} >= 1 AND ${columns.rating} <= 5`,
    },
  ])
