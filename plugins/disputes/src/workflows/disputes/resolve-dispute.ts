import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DisputeEvents } from "../../modules/disputes/events"
import type { DisputeStatus } from "../../modules/disputes/types"
import { refundDisputePaymentsStep } from "./steps/refund-dispute-payments"
import { transitionDisputeStep } from "./steps/transition-dispute"
import { validateDisputeStep } from "./steps/validate-dispute"
import { validateDisputeRefundStep } from "./steps/validate-dispute-refund"
import { DISPUTE_FIELDS, ORDER_PAYMENT_FIELDS, OrderPaymentView } from "./types"
import { planRefund } from "./utils/refund-plan"

export const resolveDisputeWorkflowId = "disputes-resolve-dispute"

export type ResolveDisputeWorkflowInput = {
  dispute_id: string
  decision: "refund" | "reject"
  /** Refund amount (major units); default the requested amount, else all that is refundable. */
  amount?: number | null
  note: string
  /** The admin user deciding. */
  actor_id: string
}

/**
 * Decides a dispute under review: `reject` closes it as rejected; `refund`
 * closes it as resolved and refunds through Medusa's refund workflow on one
 * of the order's captured payments (never split, so all-or-nothing). A
 * refused refund reverts the transition.
 */
export const resolveDisputeWorkflow = createWorkflow(
  resolveDisputeWorkflowId,
  (input: ResolveDisputeWorkflowInput) => {
    const { data: disputes } = useQueryGraphStep({
      entity: "dispute",
      fields: DISPUTE_FIELDS,
      filters: { id: input.dispute_id },
      options: { throwIfKeyNotFound: true },
    })
    const dispute = transform({ disputes }, ({ disputes }) => disputes[0])
    const to = transform({ input }, ({ input }): DisputeStatus =>
      input.decision === "refund" ? "resolved" : "rejected"
    )
    validateDisputeStep({ dispute, transition_to: to })

    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ORDER_PAYMENT_FIELDS,
      filters: { id: dispute.order_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "disputes-load-order-payments" })

    const plan = transform(
      { input, dispute, orders },
      ({ input, dispute, orders }) => {
        const payments = (orders[0]?.payment_collections ?? []).flatMap(
          (pc: { payments?: unknown[] | null } | null) =>
            (pc?.payments ?? []) as OrderPaymentView[]
        )
        return planRefund(
          payments.filter(Boolean),
          input.decision === "refund"
            ? (input.amount ?? dispute.requested_amount ?? null)
            : null
        )
      }
    )
    when({ input }, ({ input }) => input.decision === "refund").then(() => {
      validateDisputeRefundStep({
        dispute_id: input.dispute_id,
        order_id: dispute.order_id,
        plan,
      })
    })

    const changed = transitionDisputeStep(
      transform({ input, dispute, plan, to }, (d) => ({
        id: d.dispute.id,
        from: d.dispute.status as DisputeStatus,
        to: d.to,
        actor: { type: "merchant" as const, id: d.input.actor_id },
        note: d.input.note,
        data: {
          decision: d.input.decision,
          refunded_amount: d.input.decision === "refund" ? d.plan.amount : null,
          resolution_note: d.input.note,
          resolved_by: d.input.actor_id,
          closed_at: new Date(),
        },
      }))
    )

    // Irreversible: runs after every step that can still fail.
    when({ input }, ({ input }) => input.decision === "refund").then(() => {
      refundDisputePaymentsStep({
        // Set: validateDisputeRefundStep refused a plan without one.
        allocation: transform({ plan }, ({ plan }) => plan.allocation!),
        created_by: input.actor_id,
        note: transform(
          { input },
          ({ input }) => `Dispute ${input.dispute_id}: ${input.note}`
        ),
      })
    })

    const events = transform({ input, dispute, plan, changed }, (d) => [
      {
        name: DisputeEvents.STATUS_CHANGED,
        data: {
          id: d.dispute.id,
          order_id: d.dispute.order_id,
          customer_id: d.dispute.customer_id,
          from: d.changed.from,
          to: d.changed.to,
          transition_id: d.changed.transition_id,
          actor_type: "merchant",
        },
      },
      {
        name: DisputeEvents.RESOLVED,
        data: {
          id: d.dispute.id,
          order_id: d.dispute.order_id,
          customer_id: d.dispute.customer_id,
          decision: d.input.decision,
          amount: d.input.decision === "refund" ? d.plan.amount : null,
          currency_code: d.dispute.currency_code,
        },
      },
    ])
    emitEventStep({
      eventName: DisputeEvents.STATUS_CHANGED,
      data: transform({ events }, ({ events }) => events[0].data),
    }).config({ name: "disputes-emit-status-changed" })
    emitEventStep({
      eventName: DisputeEvents.RESOLVED,
      data: transform({ events }, ({ events }) => events[1].data),
    }).config({ name: "disputes-emit-resolved" })

    return new WorkflowResponse(changed)
  }
)
