import { model } from "@medusajs/framework/utils"

/**
 * A marketing message to many customers: the texts per channel and language,
 * the audience, and where it is. Progress and per-recipient results are the
 * `notification_campaign_recipient` rows.
 */
export const NotificationCampaign = model.define("notification_campaign", {
  id: model.id({ prefix: "ncmp" }).primaryKey(),
  name: model.text(),
  status: model
    .enum(["draft", "running", "paused", "completed", "canceled"])
    .default("draft"),
  /** `marketing`: every customer who accepts marketing; `customer_group`: that group's members (who accept it). */
  audience: model.enum(["marketing", "customer_group"]),
  customer_group_id: model.text().nullable(),
  /** `["sms", "email", "push"]`, any of them. */
  channels: model.array(),
  /** `{ sms: { uz, ru, en }, email: { uz: { subject, body }, … }, push: { uz: { title, body }, … } }`. */
  messages: model.json(),
  /** Admin user who created it. */
  created_by: model.text().nullable(),
  started_at: model.dateTime().nullable(),
  completed_at: model.dateTime().nullable(),
  /** Recipients (customer × channel) when it started. */
  recipients_total: model.number().default(0),
})
