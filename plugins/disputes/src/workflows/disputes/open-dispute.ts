import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DisputeEvents } from "../../modules/disputes/events"
import type { DisputeReason } from "../../modules/disputes/types"
import { openDisputeStep } from "./steps/open-dispute"
import { validateDisputeOrderStep } from "./steps/validate-dispute-order"

export const openDisputeWorkflowId = "disputes-open-dispute"

export type OpenDisputeWorkflowInput = {
  order_id: string
  /** The authenticated customer (`auth_context.actor_id`). */
  customer_id: string
  reason: DisputeReason
  description: string
  requested_amount?: number | null
  evidence?: string[] | null
}

/** Opens a dispute on the customer's own order (one active per order, within the window). */
export const openDisputeWorkflow = createWorkflow(
  openDisputeWorkflowId,
  (input: OpenDisputeWorkflowInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "currency_code",
        "created_at",
        "total",
        "fulfillments.delivered_at",
      ],
      filters: { id: input.order_id },
      options: { throwIfKeyNotFound: true },
    })
    const order = transform({ orders }, ({ orders }) => orders[0])
    validateDisputeOrderStep({
      order,
      customer_id: input.customer_id,
      requested_amount: input.requested_amount,
    })

    const created = openDisputeStep(
      transform({ input, order }, ({ input, order }) => ({
        order_id: input.order_id,
        customer_id: input.customer_id,
        reason: input.reason,
        description: input.description,
        requested_amount: input.requested_amount ?? null,
        currency_code: order.currency_code,
        evidence: input.evidence ?? null,
      }))
    )

    emitEventStep({
      eventName: DisputeEvents.OPENED,
      data: transform({ created }, ({ created }) => ({
        id: created.id,
        order_id: created.order_id,
        customer_id: created.customer_id,
      })),
    })
    return new WorkflowResponse(created)
  }
)
