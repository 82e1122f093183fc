import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISPUTES_MODULE } from "../../../modules/disputes"
import type DisputesModuleService from "../../../modules/disputes/service"

export const addDisputeMessageStepId = "disputes-add-message-step"

export type AddDisputeMessageStepInput = {
  dispute_id: string
  author_type: "customer" | "merchant"
  author_id?: string | null
  visibility: "public" | "internal"
  body?: string | null
  evidence?: unknown[] | null
}

/**
 * Adds the message (a public merchant one marks the dispute answered).
 * Compensation deletes it and restores `merchant_answered_at`.
 */
export const addDisputeMessageStep = createStep(
  addDisputeMessageStepId,
  async (input: AddDisputeMessageStepInput, { container }) => {
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    const before = await service.retrieveDispute(input.dispute_id, {
      select: ["id", "merchant_answered_at"],
    })
    const message = await service.addDisputeMessage(input)
    return new StepResponse(message, {
      message_id: message.id,
      dispute_id: before.id,
      merchant_answered_at: before.merchant_answered_at ?? null,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    await service.deleteDisputeMessages(undo.message_id)
    await service.updateDisputes({
      id: undo.dispute_id,
      merchant_answered_at: undo.merchant_answered_at,
    })
  }
)
