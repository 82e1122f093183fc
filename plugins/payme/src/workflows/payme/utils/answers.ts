import { MathBN } from "@medusajs/framework/utils"
import type { PaymeTransactionRow } from "../steps/find-payme-transaction"

/** Payme times are epoch ms; 0 when unset (spec §1.5). */
export const ms = (date: Date | string | null | undefined) =>
  date ? new Date(date).getTime() : 0

/** CreateTransaction's result. */
export const createAnswer = (tx: PaymeTransactionRow) => ({
  create_time: ms(tx.create_time),
  transaction: tx.id,
  state: tx.state,
  receivers: null,
})

/** PerformTransaction's result. */
export const performAnswer = (tx: PaymeTransactionRow) => ({
  transaction: tx.id,
  perform_time: ms(tx.perform_time),
  state: tx.state,
})

/** CancelTransaction's result. */
export const cancelAnswer = (tx: PaymeTransactionRow) => ({
  transaction: tx.id,
  cancel_time: ms(tx.cancel_time),
  state: tx.state,
})

/** CheckTransaction's result. */
export const transactionAnswer = (tx: PaymeTransactionRow) => ({
  create_time: ms(tx.create_time),
  perform_time: ms(tx.perform_time),
  cancel_time: ms(tx.cancel_time),
  transaction: tx.id,
  state: tx.state,
  reason: tx.reason ?? null,
})

/** One GetStatement entry. */
export const statementAnswer = (tx: PaymeTransactionRow) => ({
  id: tx.payme_id,
  time: ms(tx.payme_time),
  amount: Number(MathBN.convert(tx.amount).toFixed(0)),
  account: tx.account,
  ...transactionAnswer(tx),
  receivers: null,
})
