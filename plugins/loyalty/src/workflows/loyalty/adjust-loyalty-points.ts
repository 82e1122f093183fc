import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LoyaltyEvents } from "../../modules/loyalty/events"
import { postLoyaltyEntriesStep } from "./steps/post-loyalty-entries"

export const adjustLoyaltyPointsWorkflowId = "loyalty-adjust-points"

export type AdjustLoyaltyPointsWorkflowInput = {
  customer_id: string
  /** Signed: a credit (> 0) or a debit (< 0, never below a zero balance). */
  points: number
  reason: string
  /** The ledger source key; the same key never adjusts twice. */
  idempotency_key: string
  created_by?: string | null
}

/** A manual credit or debit by an admin, with its reason. */
export const adjustLoyaltyPointsWorkflow = createWorkflow(
  adjustLoyaltyPointsWorkflowId,
  (input: AdjustLoyaltyPointsWorkflowInput) => {
    useQueryGraphStep({
      entity: "customer",
      fields: ["id"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const posted = postLoyaltyEntriesStep(
      transform({ input }, ({ input }) => ({
        customer_id: input.customer_id,
        entries: [
          {
            type: "adjust" as const,
            points: input.points,
            source_type: "adjustment",
            // Scoped to the customer: one key never adjusts another account.
            source_id: `${input.customer_id}:${input.idempotency_key}`,
            reason: input.reason,
            metadata: { created_by: input.created_by ?? null },
          },
        ],
      }))
    )
    when({ posted }, ({ posted }) => posted.created.length > 0).then(() => {
      emitEventStep({
        eventName: LoyaltyEvents.POINTS_ADJUSTED,
        data: transform({ posted }, ({ posted }) => ({
          customer_id: posted.customer_id,
          transaction_id: posted.created[0].id,
          points: posted.created[0].points,
        })),
      })
    })
    return new WorkflowResponse(posted)
  }
)
