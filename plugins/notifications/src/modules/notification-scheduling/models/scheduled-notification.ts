import { model } from "@medusajs/framework/utils"

/**
 * A `notification.requested` with a future `send_at`, kept until it is due.
 * The send job claims due rows with one conditional UPDATE (`FOR UPDATE SKIP
 * LOCKED`), so with several workers each row is sent by one of them.
 */
export const ScheduledNotification = model
  .define("scheduled_notification", {
    id: model.id({ prefix: "nsch" }).primaryKey(),
    /** `<kind>:<source_id>`: the same request scheduled twice is kept once. */
    key: model.text().unique(),
    kind: model.text(),
    customer_id: model.text().nullable(),
    send_at: model.dateTime(),
    /** The request, without `send_at`. */
    payload: model.json(),
    status: model
      .enum(["pending", "claimed", "sent", "failed", "canceled"])
      .default("pending"),
    /** Times a job claimed it (1 when all went well). */
    attempts: model.number().default(0),
    claimed_at: model.dateTime().nullable(),
    sent_at: model.dateTime().nullable(),
    error: model.text().nullable(),
  })
  .indexes([
    {
      on: ["status", "send_at"],
      where: "deleted_at IS NULL AND status IN ('pending', 'claimed')",
    },
  ])
