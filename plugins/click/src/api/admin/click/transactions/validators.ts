import { z } from "@medusajs/framework/zod"

/** Query of `GET /admin/click/transactions`: the order, and a bounded page. */
export const AdminGetClickTransactionsParams = z
  .object({
    order_id: z.string().min(1).max(100),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminGetClickTransactionsParamsType = z.infer<
  typeof AdminGetClickTransactionsParams
>
