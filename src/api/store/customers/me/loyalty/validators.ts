import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** Summary plus a page of the ledger, newest first. */
export const StoreGetLoyaltyParams = createFindParams({
  limit: 20,
  offset: 0,
}).strict()
export type StoreGetLoyaltyParamsType = z.infer<typeof StoreGetLoyaltyParams>
