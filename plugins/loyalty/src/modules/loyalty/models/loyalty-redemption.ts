import { model } from "@medusajs/framework/utils"

/**
 * Points a customer applied to one open cart (issue #14). The server alone
 * writes it, together with the cart credit line that takes `amount` off; at
 * completion exactly `points` are debited. One per cart.
 */
export const LoyaltyRedemption = model
  .define("loyalty_redemption", {
    id: model.id({ prefix: "lred" }).primaryKey(),
    cart_id: model.text().unique(),
    customer_id: model.text(),
    points: model.number(),
    /** Major units of `currency_code`: points × the point value. */
    amount: model.bigNumber(),
    currency_code: model.text(),
    /** The cart credit line that carries `amount`. */
    credit_line_id: model.text(),
  })
  .indexes([{ on: ["customer_id"] }])
  .checks([
    {
      name: "loyalty_redemption_points_positive",
      expression: (columns) => `${columns.points} > 0`,
    },
  ])
