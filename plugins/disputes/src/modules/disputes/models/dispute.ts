import { model } from "@medusajs/framework/utils"
import { DISPUTE_REASONS, DISPUTE_STATUSES } from "../types"
import { DisputeMessage } from "./dispute-message"
import { DisputeTransition } from "./dispute-transition"

/**
 * A customer's complaint about one order. At most one dispute per order is
 * active (open or under review): the partial unique index enforces it, so a
 * parallel duplicate cannot get in.
 */
export const Dispute = model
  .define("dispute", {
    id: model.id({ prefix: "dsp" }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    status: model.enum([...DISPUTE_STATUSES]).default("open"),
    reason: model.enum([...DISPUTE_REASONS]),
    description: model.text(),
    /** What the customer asks back (major units of `currency_code`). */
    requested_amount: model.bigNumber().nullable(),
    currency_code: model.text(),
    /** File ids, URLs or text given when opening. */
    evidence: model.json().nullable(),
    decision: model.enum(["refund", "reject"]).nullable(),
    refunded_amount: model.bigNumber().nullable(),
    resolution_note: model.text().nullable(),
    resolved_by: model.text().nullable(),
    closed_at: model.dateTime().nullable(),
    /** First merchant answer (public message or status change). */
    merchant_answered_at: model.dateTime().nullable(),
    /** Set by the SLA job when no merchant answer came in time. */
    overdue_flagged_at: model.dateTime().nullable(),
    /** Why the last refund attempt failed (the provider's or Medusa's refusal). */
    last_refund_error: model.text().nullable(),
    last_refund_error_at: model.dateTime().nullable(),
    messages: model.hasMany(() => DisputeMessage, { mappedBy: "dispute" }),
    transitions: model.hasMany(() => DisputeTransition, {
      mappedBy: "dispute",
    }),
  })
  .indexes([
    {
      name: "IDX_dispute_order_id_active_unique",
      on: ["order_id"],
      unique: true,
      where: "status IN ('open', 'under_review') AND deleted_at IS NULL",
    },
    { on: ["customer_id"], where: "deleted_at IS NULL" },
    { on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "dispute_requested_amount_positive",
      expression: (columns) =>
        `${columns.requested_amount} IS NULL OR ${columns.requested_amount} > 0`,
    },
  ])
