import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISPUTES_MODULE } from "../../../modules/disputes"
import type DisputesModuleService from "../../../modules/disputes/service"

export const recordDisputeRefundFailureStepId =
  "disputes-record-refund-failure-step"

/** Keeps why the last refund failed; the status is not touched. */
export const recordDisputeRefundFailureStep = createStep(
  recordDisputeRefundFailureStepId,
  async (input: { dispute_id: string; error: string }, { container }) => {
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    const before = await service.retrieveDispute(input.dispute_id, {
      select: ["id", "last_refund_error", "last_refund_error_at"],
    })
    const updated = await service.updateDisputes({
      id: input.dispute_id,
      last_refund_error: input.error,
      last_refund_error_at: new Date(),
    })
    return new StepResponse(updated, {
      id: before.id,
      last_refund_error: before.last_refund_error ?? null,
      last_refund_error_at: before.last_refund_error_at ?? null,
    })
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    await service.updateDisputes(before)
  }
)
