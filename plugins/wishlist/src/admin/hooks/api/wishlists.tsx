import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type WishedProduct = {
  product_id: string
  title: string | null
  handle: string | null
  count: number
}

export type WishlistStats = {
  products: WishedProduct[]
  variants: {
    product_variant_id: string
    product_id: string
    product_title: string | null
    variant_title: string | null
    sku: string | null
    count: number
  }[]
  count: number
}

export type WishlistAlertKind = "price_drop" | "back_in_stock"

export type WishlistAlert = {
  id: string
  kind: WishlistAlertKind
  customer_id: string
  customer_email: string | null
  customer_name: string | null
  product_variant_id: string
  product_id: string | null
  product_title: string | null
  variant_title: string | null
  sku: string | null
  price: number | null
  previous_price: number | null
  currency_code: string | null
  notified_at: string | null
  created_at: string
}

export const wishlistQueryKeys = {
  stats: (limit: number) => ["bozor-wishlist", "stats", limit],
  alerts: (query: Record<string, unknown>) => [
    "bozor-wishlist",
    "alerts",
    query,
  ],
}

export function useWishlistStats(limit: number) {
  return useQuery({
    queryKey: wishlistQueryKeys.stats(limit),
    queryFn: () =>
      sdk.client.fetch<WishlistStats>("/admin/wishlists/stats", {
        query: { limit },
      }),
  })
}

export function useWishlistAlerts(query: {
  limit: number
  offset: number
  kind?: WishlistAlertKind
}) {
  return useQuery({
    queryKey: wishlistQueryKeys.alerts(query),
    queryFn: () =>
      sdk.client.fetch<{
        alerts: WishlistAlert[]
        count: number
        limit: number
        offset: number
      }>("/admin/wishlists/alerts", { query }),
    placeholderData: keepPreviousData,
  })
}
