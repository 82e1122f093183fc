import { MathBN } from "@medusajs/framework/utils"
import type { BigNumberInput } from "@medusajs/framework/types"
import type { AlertKind } from "./types"

export type AlertState = {
  price_when_added: BigNumberInput | null
  price_drop_alert: boolean
  target_price: BigNumberInput | null
  back_in_stock_alert: boolean
  observed_price: BigNumberInput | null
  observed_in_stock: boolean | null
  last_price_alert_at: Date | null
  last_stock_alert_at: Date | null
}

export type AlertDecision = {
  update: Partial<AlertState>
  alerts: {
    kind: AlertKind
    price?: BigNumberInput
    previous_price?: BigNumberInput | null
  }[]
}

const cooled = (last: Date | null, now: Date, cooldownMs: number) =>
  !last || now.getTime() - new Date(last).getTime() >= cooldownMs

/**
 * Decides what a new observation means for an item. An alert fires on a
 * change only: a price below the last one seen (and below the price when
 * added, and at or under the target when one is set), or a restock. During a
 * cooldown the change is left unobserved, so it alerts once the cooldown ends.
 */
export function decideAlerts(
  item: AlertState,
  seen: { price: BigNumberInput | null; in_stock: boolean },
  now: Date,
  cooldownMs: number
): AlertDecision {
  const decision: AlertDecision = { update: {}, alerts: [] }

  if (seen.price !== null && seen.price !== undefined) {
    const previous = item.observed_price ?? item.price_when_added
    const dropped = previous !== null && MathBN.lt(seen.price, previous)
    const belowAdded =
      item.price_when_added === null ||
      MathBN.lt(seen.price, item.price_when_added)
    const meetsTarget =
      item.target_price === null || MathBN.lte(seen.price, item.target_price)
    const wanted = item.price_drop_alert && dropped && belowAdded && meetsTarget
    if (wanted && !cooled(item.last_price_alert_at, now, cooldownMs)) {
      // Keep the drop pending until the cooldown is over.
    } else {
      if (wanted) {
        decision.alerts.push({
          kind: "price_drop",
          price: seen.price,
          previous_price: previous,
        })
        decision.update.last_price_alert_at = now
      }
      if (
        item.observed_price === null ||
        !MathBN.eq(seen.price, item.observed_price)
      ) {
        decision.update.observed_price = seen.price
      }
    }
  }

  const restocked = item.observed_in_stock === false && seen.in_stock
  const wantedStock = item.back_in_stock_alert && restocked
  if (wantedStock && !cooled(item.last_stock_alert_at, now, cooldownMs)) {
    // Pending until the cooldown is over.
  } else {
    if (wantedStock) {
      decision.alerts.push({ kind: "back_in_stock" })
      decision.update.last_stock_alert_at = now
    }
    if (item.observed_in_stock !== seen.in_stock) {
      decision.update.observed_in_stock = seen.in_stock
    }
  }
  return decision
}
