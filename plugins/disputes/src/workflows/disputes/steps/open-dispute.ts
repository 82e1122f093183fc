import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISPUTES_MODULE } from "../../../modules/disputes"
import type DisputesModuleService from "../../../modules/disputes/service"

export const openDisputeStepId = "disputes-open-dispute-step"

export type OpenDisputeStepInput = {
  order_id: string
  customer_id: string
  reason: string
  description: string
  requested_amount?: number | null
  currency_code: string
  evidence?: unknown[] | null
}

/**
 * Creates the dispute with its opening transition. The partial unique index
 * on `order_id` refuses a second active dispute, also a concurrent one.
 */
export const openDisputeStep = createStep(
  openDisputeStepId,
  async (input: OpenDisputeStepInput, { container }) => {
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    const active = () =>
      service.listDisputes(
        { order_id: input.order_id, status: ["open", "under_review"] },
        { select: ["id"] }
      )
    const refuse = (id: string) =>
      new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${input.order_id} already has an open dispute (${id}).`
      )
    const [existing] = await active()
    if (existing) {
      throw refuse(existing.id)
    }
    try {
      const dispute = await service.openDispute(input)
      return new StepResponse(dispute, dispute.id)
    } catch (e) {
      const [winner] = await active()
      if (winner) {
        throw refuse(winner.id)
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    const transitions = await service.listDisputeTransitions(
      { dispute_id: id },
      { select: ["id"] }
    )
    await service.deleteDisputeTransitions(transitions.map((t) => t.id))
    await service.deleteDisputes(id)
  }
)
