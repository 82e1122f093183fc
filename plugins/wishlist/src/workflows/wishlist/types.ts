/** Per-item alert settings a customer chooses. */
export type AlertSettings = {
  price_drop_alert?: boolean
  /** Alert only at or below this price (major units of the item's currency). */
  target_price?: number | null
  back_in_stock_alert?: boolean
}

/** Who is acting and in which sales channel (from the publishable key). */
export type WishlistActor = {
  customer_id: string
  sales_channel_id: string
}
