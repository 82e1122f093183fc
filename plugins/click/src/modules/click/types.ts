import type { BigNumberInput, InferTypeOf } from "@medusajs/framework/types"
import type { ClickTransaction } from "./models/click-transaction"

export type ClickTransactionDTO = InferTypeOf<typeof ClickTransaction>

export type ClickTransactionStatus = ClickTransactionDTO["status"]

export type PrepareClickTransactionInput = {
  click_trans_id: string
  click_paydoc_id: string
  merchant_trans_id: string
  payment_session_id: string
  payment_collection_id: string
  cart_id: string
  amount: BigNumberInput
  currency_code: string
}
