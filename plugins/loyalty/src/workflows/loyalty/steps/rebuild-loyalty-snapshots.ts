import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export const rebuildLoyaltySnapshotsStepId = "loyalty-rebuild-snapshots-step"

/**
 * Recomputes the customers' snapshots (balance and ledger totals) from the
 * ledger. No compensation: the snapshot is derived from the ledger, which
 * this step does not change, so the rebuilt one stays right.
 */
export const rebuildLoyaltySnapshotsStep = createStep(
  rebuildLoyaltySnapshotsStepId,
  async (input: { customer_ids: string[] }, { container }) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    return new StepResponse(await service.rebuildSnapshots(input.customer_ids))
  }
)
