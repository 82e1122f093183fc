import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

export type ClickTransactionStatus =
  "prepared" | "confirming" | "confirmed" | "cancelled"

/** One row of `GET /admin/click/transactions` (amount in so'm). */
export type AdminClickTransaction = {
  id: string
  click_trans_id: string
  click_paydoc_id: string
  prepare_id: number
  status: ClickTransactionStatus
  amount: string
  currency_code: string
  click_error: number | null
  click_error_note: string | null
  created_at: string
  confirmed_at: string | null
  cancelled_at: string | null
  order_id: string | null
}

export type AdminClickTransactionsResponse = {
  click_transactions: AdminClickTransaction[]
  count: number
  offset: number
  limit: number
}

export const clickTransactionsQueryKey = (orderId: string) => [
  "click_transactions",
  orderId,
]

/** The Click attempts of one order. */
export const useClickTransactions = (orderId: string) =>
  useQuery({
    queryKey: clickTransactionsQueryKey(orderId),
    queryFn: () =>
      sdk.client.fetch<AdminClickTransactionsResponse>(
        "/admin/click/transactions",
        { query: { order_id: orderId, limit: 100 } }
      ),
  })
