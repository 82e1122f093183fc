import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LOYALTY_MODULE } from "../../../modules/loyalty"
import type LoyaltyModuleService from "../../../modules/loyalty/service"

export const expireDuePointsStepId = "loyalty-expire-due-points-step"

/**
 * Writes the expiry entry for the customer's points due by `at` (oldest
 * first), keyed by the job run. Undo removes the entry.
 */
export const expireDuePointsStep = createStep(
  expireDuePointsStepId,
  async (
    input: { customer_id: string; at: Date; run_key: string },
    { container }
  ) => {
    const service: LoyaltyModuleService = container.resolve(LOYALTY_MODULE)
    const posted = await service.expireDuePoints(
      input.customer_id,
      new Date(input.at),
      `${input.customer_id}:${input.run_key}`
    )
    return new StepResponse(posted, {
      customer_id: input.customer_id,
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
