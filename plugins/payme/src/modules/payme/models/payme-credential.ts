import { model } from "@medusajs/framework/utils"

/**
 * The cashbox key set by Payme's ChangePassword (spec §1.5). Only SHA-256
 * hashes are stored. `base_key_hash` is the hash of the configured key the
 * change was made against: when the operator configures another key, this
 * row no longer applies.
 */
export const PaymeCredential = model
  .define("payme_credential", {
    id: model.id({ prefix: "pmcr" }).primaryKey(),
    merchant_id: model.text(),
    test_mode: model.boolean(),
    base_key_hash: model.text(),
    key_hash: model.text(),
  })
  .indexes([{ on: ["merchant_id", "test_mode"], unique: true }])
