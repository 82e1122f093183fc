import { z } from "@medusajs/framework/zod"
import { createBoundedFindParams } from "../../../../../utils/find-params"

/** Summary plus a page of the ledger, newest first. */
export const StoreGetLoyaltyParams = createBoundedFindParams({
  limit: 20,
  offset: 0,
}).strict()
export type StoreGetLoyaltyParamsType = z.infer<typeof StoreGetLoyaltyParams>
