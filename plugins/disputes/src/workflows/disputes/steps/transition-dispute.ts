import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISPUTES_MODULE } from "../../../modules/disputes"
import type DisputesModuleService from "../../../modules/disputes/service"
import type { TransitionDisputeInput } from "../../../modules/disputes/service"

export const transitionDisputeStepId = "disputes-transition-dispute-step"

const RESTORED = [
  "status",
  "merchant_answered_at",
  "decision",
  "refunded_amount",
  "resolution_note",
  "resolved_by",
  "closed_at",
] as const

/**
 * Moves the dispute (compare-and-set on its status) and records the
 * transition. Compensation restores the columns it changed and removes the
 * transition row.
 */
export const transitionDisputeStep = createStep(
  transitionDisputeStepId,
  async (input: TransitionDisputeInput, { container }) => {
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    const before = await service.retrieveDispute(input.id, {
      select: ["id", ...RESTORED],
    })
    const { transition_id } = await service.transitionDispute(input)
    const snapshot: Record<string, unknown> = { id: before.id }
    for (const key of RESTORED) {
      snapshot[key] = before[key] ?? null
    }
    return new StepResponse(
      { id: input.id, from: input.from, to: input.to, transition_id },
      { snapshot, transition_id }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    await service.deleteDisputeTransitions(undo.transition_id)
    await service.updateDisputes(undo.snapshot as any)
  }
)
