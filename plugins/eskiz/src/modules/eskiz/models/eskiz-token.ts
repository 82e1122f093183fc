import { model } from "@medusajs/framework/utils"

/**
 * The Eskiz bearer token, shared by every server and worker process so they
 * log in once, not once each (uz-providers spec §3: "cache the token (in DB or
 * Redis, not per request)"). Written by the `notification-eskiz` provider.
 */
export const EskizToken = model.define("eskiz_token", {
  id: model.id({ prefix: "eztok" }).primaryKey(),
  /** `eskiz:<account e-mail>`: one token per Eskiz account. */
  key: model.text().unique(),
  token: model.text(),
  expires_at: model.dateTime(),
})
