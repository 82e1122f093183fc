/** Ledger fields returned in the history. */
export const defaultLoyaltyTransactionFields = [
  "id",
  "type",
  "points",
  "balance_after",
  "source_type",
  "source_id",
  "order_id",
  "currency_code",
  "amount",
  "reason",
  "expires_at",
  "created_at",
]

export const listLoyaltyTransactionsQueryConfig = {
  defaults: defaultLoyaltyTransactionFields,
  isList: true,
  defaultLimit: 20,
}
