import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { BigNumber, trimZeros } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { AlertState } from "../decide-alerts"

/** What an alert decision reads of an item, as a plain row. */
export type AlertStateRow = AlertState & {
  id: string
  product_variant_id: string
  currency_code: string
  customer_id: string
}

/**
 * The alert state of items, locked (`FOR UPDATE`) until the transaction ends
 * so that concurrent checks of one item decide once.
 */
export function lockAlertStates(knex: Knex, ids: string[]) {
  return knex("wishlist_item as wi")
    .join("wishlist as w", "w.id", "wi.wishlist_id")
    .select(
      "wi.id",
      "wi.product_variant_id",
      "wi.currency_code",
      "w.customer_id",
      "wi.price_when_added",
      "wi.price_drop_alert",
      "wi.target_price",
      "wi.back_in_stock_alert",
      "wi.observed_price",
      "wi.observed_in_stock",
      "wi.last_price_alert_at",
      "wi.last_stock_alert_at"
    )
    .whereIn("wi.id", ids)
    .whereNull("wi.deleted_at")
    .orderBy("wi.id")
    .forUpdate("wi")
}

/**
 * How many alerts of each kind each item already has (for idempotency keys),
 * keyed `<item id>:<kind>`.
 */
export async function countAlerts(knex: Knex, ids: string[]) {
  const rows = (await knex("wishlist_alert")
    .select("item_id", "kind")
    .count({ count: "*" })
    .whereIn("item_id", ids)
    .whereNull("deleted_at")
    .groupBy("item_id", "kind")) as {
    item_id: string
    kind: string
    count: string | number
  }[]
  return new Map(rows.map((r) => [`${r.item_id}:${r.kind}`, Number(r.count)]))
}

/**
 * A `bigNumber` column pair as Medusa's ORM writes it: the numeric value and
 * its `raw_` JSON (`MikroOrmBigNumberProperty`).
 */
function bigNumberColumns(value: BigNumberInput | null) {
  if (value === null || value === undefined) {
    return { numeric: null, raw: null }
  }
  const number = new BigNumber(value)
  const raw = number.raw!
  return {
    numeric: number.numeric,
    raw: JSON.stringify({ ...raw, value: trimZeros(String(raw.value)) }),
  }
}

/**
 * Writes the new observed state of items in one statement. Each row carries
 * the item's whole observed state (the locked row with the decision applied):
 * one UPDATE for a batch instead of an ORM entity per item.
 */
export function updateAlertStates(knex: Knex, states: AlertStateRow[]) {
  const values: Knex.RawBinding[] = []
  for (const s of states) {
    const price = bigNumberColumns(s.observed_price)
    values.push(
      s.id,
      price.numeric,
      price.raw,
      s.observed_in_stock,
      s.last_price_alert_at,
      s.last_stock_alert_at
    )
  }
  // Placeholders only: every value is a bound parameter.
  const row =
    "(?, ?::numeric, ?::jsonb, ?::boolean, ?::timestamptz, ?::timestamptz)"
  return knex.raw(
    `UPDATE wishlist_item AS wi
        SET observed_price = v.observed_price,
            raw_observed_price = v.raw_observed_price,
            observed_in_stock = v.observed_in_stock,
            last_price_alert_at = v.last_price_alert_at,
            last_stock_alert_at = v.last_stock_alert_at,
            updated_at = now()
       FROM (VALUES ${states.map(() => row).join(", ")})
         AS v(id, observed_price, raw_observed_price, observed_in_stock,
              last_price_alert_at, last_stock_alert_at)
      WHERE wi.id = v.id`,
    values
  )
}
