import { model } from "@medusajs/framework/utils"

/**
 * A kind some capability has requested (`notification.requested`), with the
 * default texts and variables of its latest request: what a merchant may
 * override and what the dashboard can show. Order kinds are built in.
 */
export const NotificationKindModel = model
  .define("notification_kind", {
    id: model.id({ prefix: "nkind" }).primaryKey(),
    /** Snake_case, e.g. `review_approved`. */
    kind: model.text(),
    /** `customer` or `admins`. */
    audience: model.text(),
    /** The capability event behind its latest request, e.g. `review.approved`. */
    event_name: model.text(),
    /** The requested default texts: `{ sms?: {uz,ru,en}, email?: {uz: {subject, body}, …} }`. */
    templates: model.json(),
    /** Names a template of this kind may use as `{{name}}`. */
    variables: model.array(),
  })
  .indexes([{ on: ["kind"], unique: true, where: "deleted_at IS NULL" }])
