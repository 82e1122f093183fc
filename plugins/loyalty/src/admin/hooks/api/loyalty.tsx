import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type LoyaltyTransaction = {
  id: string
  type: "earn" | "redeem" | "reverse" | "expire" | "adjust"
  points: number
  balance_after: number
  source_type: string
  order_id: string | null
  currency_code: string | null
  amount: number | string | null
  reason: string | null
  expires_at: string | null
  created_at: string
}

export type CustomerLoyalty = {
  loyalty: {
    customer_id: string
    balance: number
    tier: string
    tier_multiplier: number
    earned_in_window: number
    tier_window_months: number
    next_tier: {
      name: string
      threshold: number
      points_needed: number
      progress: number
    } | null
    expiry_months: number
    expiry_notice_days: number
    expiring_soon: {
      points: number
      before: string
      first_expires_at: string | null
    }
  }
  transactions: LoyaltyTransaction[]
  count: number
  offset: number
  limit: number
}

export type LoyaltyTier = {
  name: string
  threshold: number
  multiplier: number
}

export type LoyaltySettings = {
  earn_rates: Record<string, { points: number; per: number }>
  point_values: Record<string, number>
  max_redeem_share: number
  tiers: LoyaltyTier[]
  tier_window_months: number
  expiry_months: number
  expiry_notice_days: number
}

const keys = {
  customer: (id: string) => ["loyalty", "customer", id] as const,
  settings: ["loyalty", "settings"] as const,
}

export function useCustomerLoyalty(
  customerId: string,
  page: { limit: number; offset: number }
) {
  return useQuery({
    queryKey: [...keys.customer(customerId), page],
    queryFn: () =>
      sdk.client.fetch<CustomerLoyalty>(
        `/admin/customers/${customerId}/loyalty`,
        { query: page }
      ),
    placeholderData: (previous) => previous,
  })
}

export function useAdjustLoyaltyPoints(customerId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: { points: number; reason: string }) =>
      sdk.client.fetch<{ transaction_id: string; duplicate: boolean }>(
        `/admin/customers/${customerId}/loyalty/adjustments`,
        { method: "POST", body }
      ),
    onSuccess: () =>
      client.invalidateQueries({ queryKey: keys.customer(customerId) }),
  })
}

export function useLoyaltySettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: () =>
      sdk.client.fetch<{ settings: LoyaltySettings }>(
        "/admin/loyalty/settings"
      ),
  })
}

export function useUpdateLoyaltySettings() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: Partial<LoyaltySettings>) =>
      sdk.client.fetch<{ settings: LoyaltySettings }>(
        "/admin/loyalty/settings",
        { method: "POST", body }
      ),
    onSuccess: (data) => client.setQueryData(keys.settings, data),
  })
}
