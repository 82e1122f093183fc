import { useQuery } from "@tanstack/react-query"
import { sdk } from "../../lib/sdk"

/** One row of `GET /admin/payme/transactions` (amount in so'm). */
export type AdminPaymeTransaction = {
  id: string
  payme_id: string
  state: number
  reason: number | null
  amount: string
  amount_tiyin: number
  currency_code: string
  create_time: string
  perform_time: string | null
  cancel_time: string | null
  order_id: string | null
  payment_id: string | null
  refund_id: string | null
}

export type AdminPaymeTransactionsResponse = {
  payme_transactions: AdminPaymeTransaction[]
  count: number
  offset: number
  limit: number
}

export const paymeTransactionsQueryKey = (orderId: string) => [
  "payme_transactions",
  orderId,
]

/** The Payme transactions of one order. */
export const usePaymeTransactions = (orderId: string) =>
  useQuery({
    queryKey: paymeTransactionsQueryKey(orderId),
    queryFn: () =>
      sdk.client.fetch<AdminPaymeTransactionsResponse>(
        "/admin/payme/transactions",
        { query: { order_id: orderId, limit: 100 } }
      ),
  })
