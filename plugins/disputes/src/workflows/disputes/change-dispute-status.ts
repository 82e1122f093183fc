import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DisputeEvents } from "../../modules/disputes/events"
import type { DisputeStatus } from "../../modules/disputes/types"
import { transitionDisputeStep } from "./steps/transition-dispute"
import { validateDisputeStep } from "./steps/validate-dispute"
import { DISPUTE_FIELDS, type DisputeActor } from "./types"

export const changeDisputeStatusWorkflowId = "disputes-change-status"

export type ChangeDisputeStatusWorkflowInput = {
  dispute_id: string
  /** `under_review` (merchant) or `withdrawn` (customer or merchant). */
  to: Extract<DisputeStatus, "under_review" | "withdrawn">
  /** A customer actor may only act on its own dispute (404 otherwise). */
  actor: DisputeActor & { id: string }
  note?: string | null
}

/** Moves a dispute to review or withdraws it, as the state machine allows. */
export const changeDisputeStatusWorkflow = createWorkflow(
  changeDisputeStatusWorkflowId,
  (input: ChangeDisputeStatusWorkflowInput) => {
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
          input.actor.type === "customer" ? input.actor.id : undefined,
        transition_to: input.to,
      }))
    )

    const changed = transitionDisputeStep(
      transform({ dispute, input }, ({ dispute, input }) => ({
        id: dispute.id,
        from: dispute.status as DisputeStatus,
        to: input.to as DisputeStatus,
        actor: input.actor,
        note: input.note ?? null,
        data:
          input.to === "withdrawn"
            ? { closed_at: new Date() }
            : ({} as Record<string, unknown>),
      }))
    )

    emitEventStep({
      eventName: DisputeEvents.STATUS_CHANGED,
      data: transform({ changed, dispute, input }, (d) => ({
        id: d.dispute.id,
        order_id: d.dispute.order_id,
        customer_id: d.dispute.customer_id,
        from: d.changed.from,
        to: d.changed.to,
        transition_id: d.changed.transition_id,
        actor_type: d.input.actor.type,
      })),
    })
    return new WorkflowResponse(changed)
  }
)
