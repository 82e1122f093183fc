import { model } from "@medusajs/framework/utils"
import { Dispute } from "./dispute"

/**
 * A message or piece of evidence on a dispute. `internal` notes are the
 * merchant's own and are never shown to the customer.
 */
export const DisputeMessage = model
  .define("dispute_message", {
    id: model.id({ prefix: "dspmsg" }).primaryKey(),
    dispute: model.belongsTo(() => Dispute, { mappedBy: "messages" }),
    author_type: model.enum(["customer", "merchant"]),
    author_id: model.text().nullable(),
    visibility: model.enum(["public", "internal"]).default("public"),
    body: model.text().nullable(),
    evidence: model.json().nullable(),
  })
  .indexes([{ on: ["dispute_id", "created_at"], where: "deleted_at IS NULL" }])
  .checks([
    {
      name: "dispute_message_customer_public",
      expression: (columns) =>
        `${columns.author_type} <> 'customer' OR ${columns.visibility} = 'public'`,
    },
  ])
