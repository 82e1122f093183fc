import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISPUTES_MODULE } from "../../../modules/disputes"
import type DisputesModuleService from "../../../modules/disputes/service"

export const flagOverdueDisputesStepId = "disputes-flag-overdue-step"

/**
 * Flags a batch of disputes that waited longer than the SLA without a
 * merchant answer. Compensation clears the flags it set.
 */
export const flagOverdueDisputesStep = createStep(
  flagOverdueDisputesStepId,
  async (input: { before: string | Date; limit: number }, { container }) => {
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    const flagged = await service.flagOverdueDisputes({
      before: new Date(input.before),
      limit: input.limit,
    })
    return new StepResponse(
      flagged,
      flagged.map((d) => d.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    await service.updateDisputes(
      ids.map((id) => ({ id, overdue_flagged_at: null }))
    )
  }
)
