import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DisputeEvents } from "../../modules/disputes/events"
import { addDisputeMessageStep } from "./steps/add-dispute-message"
import { validateDisputeStep } from "./steps/validate-dispute"
import { DISPUTE_FIELDS } from "./types"

export const addDisputeMessageWorkflowId = "disputes-add-message"

export type AddDisputeMessageWorkflowInput = {
  dispute_id: string
  author_type: "customer" | "merchant"
  /** Customer id (ownership is checked) or admin user id. */
  author_id: string
  /** Customers always write public messages. */
  visibility?: "public" | "internal"
  body?: string | null
  evidence?: string[] | null
}

/** Adds a message or evidence to a dispute that is not closed. */
export const addDisputeMessageWorkflow = createWorkflow(
  addDisputeMessageWorkflowId,
  (input: AddDisputeMessageWorkflowInput) => {
    const { data: disputes } = useQueryGraphStep({
      entity: "dispute",
      fields: DISPUTE_FIELDS,
      filters: { id: input.dispute_id },
      options: { throwIfKeyNotFound: true },
    })
    const dispute = transform({ disputes }, ({ disputes }) => disputes[0])
    validateDisputeStep(
      transform({ dispute, input }, ({ dispute, input }) => ({
        dispute,
        customer_id:
          input.author_type === "customer" ? input.author_id : undefined,
        require_active: true,
      }))
    )

    const message = addDisputeMessageStep(
      transform({ input }, ({ input }) => ({
        dispute_id: input.dispute_id,
        author_type: input.author_type,
        author_id: input.author_id,
        visibility:
          input.author_type === "customer"
            ? ("public" as const)
            : (input.visibility ?? "public"),
        body: input.body ?? null,
        evidence: input.evidence ?? null,
      }))
    )

    emitEventStep({
      eventName: DisputeEvents.MESSAGE_ADDED,
      data: transform({ message, dispute }, ({ message, dispute }) => ({
        id: dispute.id,
        message_id: message.id,
        order_id: dispute.order_id,
        customer_id: dispute.customer_id,
        author_type: message.author_type,
        visibility: message.visibility,
      })),
    })
    return new WorkflowResponse(message)
  }
)
