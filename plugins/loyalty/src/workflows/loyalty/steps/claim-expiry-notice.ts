import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export const claimExpiryNoticeStepId = "loyalty-claim-expiry-notice-step"

/**
 * Marks the coming expiry as notified (once per expiry date) and returns the
 * notice to send, or null. Undo restores the previous marker.
 */
export const claimExpiryNoticeStep = createStep(
  claimExpiryNoticeStepId,
  async (input: { customer_id: string; at: Date }, { container }) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const { notice, previous } = await service.claimExpiryNotice(
      input.customer_id,
      new Date(input.at)
    )
    return new StepResponse(
      notice,
      notice ? { customer_id: input.customer_id, previous } : null
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    await service.restoreExpiryNotice(undo.customer_id, undo.previous)
  }
)
