import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ACTIVE_DISPUTE_STATUSES,
  canTransition,
  type DisputeStatus,
} from "../../../modules/disputes/types"
import type { DisputeSnapshot } from "../types"

export const validateDisputeStepId = "disputes-validate-dispute-step"

export type ValidateDisputeStepInput = {
  dispute: DisputeSnapshot
  /** Set for customer requests: anyone else's dispute is "not found". */
  customer_id?: string
  /** The status the request wants to move to (state machine check). */
  transition_to?: DisputeStatus
  /** The dispute must still be open or under review (messages). */
  require_active?: boolean
}

/**
 * Ownership (404 for another customer's dispute), the state machine and
 * "not closed" rules. Only throws.
 */
export const validateDisputeStep = createStep(
  validateDisputeStepId,
  async (input: ValidateDisputeStepInput) => {
    const { dispute } = input
    if (input.customer_id && dispute.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Dispute with id ${dispute.id} was not found.`
      )
    }
    const status = dispute.status as DisputeStatus
    if (input.transition_to && !canTransition(status, input.transition_to)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${dispute.id} is ${status} and cannot move to ${input.transition_to}.`
      )
    }
    if (input.require_active && !ACTIVE_DISPUTE_STATUSES.includes(status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dispute ${dispute.id} is ${status}: no more messages can be added.`
      )
    }
    return new StepResponse(void 0)
  }
)
