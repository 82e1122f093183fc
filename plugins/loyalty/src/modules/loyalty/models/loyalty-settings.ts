import { model } from "@medusajs/framework/utils"

/**
 * Program settings changed in the dashboard: one row (`id` "loyalty") whose
 * `overrides` (option names, e.g. `{ "maxRedeemShare": 0.3 }`) take
 * precedence over the module options.
 */
export const LoyaltySettings = model.define("loyalty_settings", {
  id: model.id({ prefix: "lset" }).primaryKey(),
  overrides: model.json(),
})
