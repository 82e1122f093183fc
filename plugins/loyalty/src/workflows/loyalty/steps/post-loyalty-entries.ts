import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"
import type { PostedEntries } from "../../../modules/loyalty/service"
import type { LedgerEntryInput } from "../../../modules/loyalty/types"

export const postLoyaltyEntriesStepId = "loyalty-post-entries-step"

export type PostLoyaltyEntriesStepInput = {
  customer_id: string | null
  entries: LedgerEntryInput[]
}

/**
 * Posts ledger entries (each source key once, balance never negative).
 * Compensation removes exactly the entries this step created.
 */
export const postLoyaltyEntriesStep = createStep(
  postLoyaltyEntriesStepId,
  async (
    { customer_id, entries }: PostLoyaltyEntriesStepInput,
    { container }
  ) => {
    if (!customer_id || !entries.length) {
      const none: PostedEntries = {
        customer_id: customer_id ?? "",
        balance: 0,
        tier: null,
        created: [],
        duplicates: [],
      }
      return new StepResponse(none, null)
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const posted = await service.postEntries(customer_id, entries)
    return new StepResponse(posted, {
      customer_id,
      ids: posted.created.map((c) => c.id),
    })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) {
      return
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.revertEntries(undo.customer_id, undo.ids)
  }
)
