import { model } from "@medusajs/framework/utils"

/**
 * One customer × channel of a campaign. `pending` → `sending` (claimed by a
 * run) → `sent` / `skipped` (opted out, no phone…) / `failed`. The unique
 * (campaign, customer, channel) and the notification's idempotency key
 * `campaign:<campaign>:<customer>:<channel>` make a second message impossible.
 */
export const NotificationCampaignRecipient = model
  .define("notification_campaign_recipient", {
    id: model.id({ prefix: "ncrc" }).primaryKey(),
    campaign_id: model.text(),
    customer_id: model.text(),
    channel: model.text(),
    status: model
      .enum(["pending", "sending", "sent", "skipped", "failed"])
      .default("pending"),
    /** Why it was skipped or failed. */
    reason: model.text().nullable(),
    notification_id: model.text().nullable(),
    claimed_at: model.dateTime().nullable(),
    attempted_at: model.dateTime().nullable(),
  })
  .indexes([
    {
      on: ["campaign_id", "customer_id", "channel"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { on: ["campaign_id", "status"], where: "deleted_at IS NULL" },
  ])
