import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundPlan } from "../utils/refund-plan"

export const validateDisputeRefundStepId = "disputes-validate-refund-step"

/**
 * A refund decision needs something to refund, may not exceed what the
 * order's payments captured and did not refund yet, and must fit in one
 * payment: a dispute refund is one provider refund, so it is all-or-nothing.
 * Only throws, before anything changes.
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
    if (!plan.allocation) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot refund ${plan.amount} for dispute ${input.dispute_id} in one refund: order ${input.order_id} is paid with several payments and none has that much left (at most ${plan.refundable_by_one} on one payment). Resolve with an amount of at most ${plan.refundable_by_one} and refund the rest through the order's payments.`
      )
    }
    return new StepResponse(void 0)
  }
)
