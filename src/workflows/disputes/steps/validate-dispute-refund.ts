import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundPlan } from "../utils/refund-plan"

export const validateDisputeRefundStepId = "disputes-validate-refund-step"

/**
 * A refund decision needs something to refund and may not exceed what the
 * order's payments captured and did not refund yet. Only throws.
 */
export const validateDisputeRefundStep = createStep(
  validateDisputeRefundStepId,
  async (input: { dispute_id: string; order_id: string; plan: RefundPlan }) => {
    const { plan } = input
    if (!MathBN.gt(plan.refundable, 0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${input.order_id} of dispute ${input.dispute_id} has no captured payment left to refund.`
      )
    }
    if (!MathBN.gt(plan.amount, 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The refund amount of dispute ${input.dispute_id} must be positive.`
      )
    }
    if (MathBN.gt(plan.amount, plan.refundable)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Cannot refund ${plan.amount} for dispute ${input.dispute_id}: only ${plan.refundable} of order ${input.order_id} is captured and not yet refunded.`
      )
    }
    return new StepResponse(void 0)
  }
)
