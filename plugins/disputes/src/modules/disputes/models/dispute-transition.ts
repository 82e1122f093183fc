import { model } from "@medusajs/framework/utils"
import { Dispute } from "./dispute"

/**
 * One status change of a dispute: who, when (`created_at`), from, to and why.
 * Opening is recorded with `from_status` null. Append-only.
 */
export const DisputeTransition = model
  .define("dispute_transition", {
    id: model.id({ prefix: "dsptr" }).primaryKey(),
    dispute: model.belongsTo(() => Dispute, { mappedBy: "transitions" }),
    from_status: model.text().nullable(),
    to_status: model.text(),
    actor_type: model.enum(["customer", "merchant", "system"]),
    actor_id: model.text().nullable(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["dispute_id", "created_at"], where: "deleted_at IS NULL" }])
