import type { BigNumberInput } from "@medusajs/framework/types"

export type WishlistModuleOptions = {
  /** Minimum time between two alerts of one kind for one item (ms). Default 24 h. */
  alertCooldownMs?: number
}

/** What an alert check saw for an item: its current price and stock. */
export type ItemObservation = {
  item_id: string
  /** Current price in the item's currency (major units); null when unpriced. */
  price: BigNumberInput | null
  in_stock: boolean
}

export type AlertKind = "price_drop" | "back_in_stock"
