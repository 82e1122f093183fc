import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DISPUTES_MODULE } from "../../../modules/disputes"
import type DisputesModuleService from "../../../modules/disputes/service"

export const validateDisputeOrderStepId = "disputes-validate-order-step"

const DAY_MS = 24 * 60 * 60 * 1000

export type ValidateDisputeOrderStepInput = {
  order: {
    id: string
    customer_id?: string | null
    created_at: string | Date
    total?: unknown
    fulfillments?: ({ delivered_at?: string | Date | null } | null)[] | null
  }
  customer_id: string
  requested_amount?: number | null
  now?: string | Date
}

/** When the dispute window starts: the latest delivery, else placement. */
export function disputeWindowStart(
  order: ValidateDisputeOrderStepInput["order"]
) {
  const delivered = (order.fulfillments ?? [])
    .map((f) => (f?.delivered_at ? new Date(f.delivered_at).getTime() : 0))
    .filter((t) => t > 0)
  return new Date(
    delivered.length
      ? Math.max(...delivered)
      : new Date(order.created_at).getTime()
  )
}

/**
 * The order must be the customer's own (else 404), still within the dispute
 * window, and the amount asked no more than the order's total. Only throws.
 */
export const validateDisputeOrderStep = createStep(
  validateDisputeOrderStepId,
  async (input: ValidateDisputeOrderStepInput, { container }) => {
    const { order } = input
    if (!order.customer_id || order.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id ${order.id} was not found.`
      )
    }
    const service: DisputesModuleService = container.resolve(DISPUTES_MODULE)
    const { windowDays } = service.getOptions()
    const start = disputeWindowStart(order)
    const now = input.now ? new Date(input.now) : new Date()
    if (now.getTime() - start.getTime() > windowDays * DAY_MS) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order ${order.id} can no longer be disputed: the ${windowDays}-day window closed on ${new Date(start.getTime() + windowDays * DAY_MS).toISOString()}.`
      )
    }
    if (
      input.requested_amount != null &&
      order.total != null &&
      MathBN.gt(input.requested_amount, order.total as number)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The requested amount ${input.requested_amount} is more than the total of order ${order.id}.`
      )
    }
    return new StepResponse(void 0)
  }
)
