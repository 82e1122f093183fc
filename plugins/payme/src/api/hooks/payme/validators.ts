import { z } from "@medusajs/framework/zod"

/** The JSON-RPC envelope (spec §1.2); `jsonrpc` may be absent. */
export const PaymeRequest = z.object({
  jsonrpc: z.string().optional(),
  id: z.union([z.number(), z.string()]),
  method: z.string().min(1),
  params: z.record(z.string(), z.unknown()).optional().default({}),
})
export type PaymeRequest = z.infer<typeof PaymeRequest>

// Account and amount are checked by the workflow steps, in the order the spec sets
// (account → -31050…, then amount → -31001), not as -32600.
const Account = z.unknown()
const Amount = z.unknown()
const PaymeId = z.string().min(1).max(64)
const Timestamp = z.number().int().nonnegative()

export const CheckPerformTransactionParams = z.object({
  amount: Amount,
  account: Account,
})

export const CreateTransactionParams = z.object({
  id: PaymeId,
  time: Timestamp,
  amount: Amount,
  account: Account,
})

export const TransactionIdParams = z.object({ id: PaymeId })

export const CancelTransactionParams = z.object({
  id: PaymeId,
  reason: z.number().int(),
})

export const GetStatementParams = z.object({
  from: Timestamp,
  to: Timestamp,
})

export const SetFiscalDataParams = z.object({
  id: PaymeId,
  type: z.enum(["PERFORM", "CANCEL"]),
  fiscal_data: z.record(z.string(), z.unknown()),
})

export const ChangePasswordParams = z.object({
  password: z.string().min(1),
})
