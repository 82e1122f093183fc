import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { LoyaltyEvents } from "../../modules/loyalty/events"
import { buildCancelReversalsStep } from "./steps/build-cancel-reversals"
import { postLoyaltyEntriesStep } from "./steps/post-loyalty-entries"
import { recomputeLoyaltyTierWorkflow } from "./recompute-loyalty-tier"

export const reverseCanceledOrderPointsWorkflowId =
  "loyalty-reverse-canceled-order-points"

export type ReverseCanceledOrderPointsWorkflowInput = { order_id: string }

/**
 * For a canceled order: takes back the points it earned (what refunds have
 * not taken yet) and gives back the points its cart redeemed, once.
 */
export const reverseCanceledOrderPointsWorkflow = createWorkflow(
  reverseCanceledOrderPointsWorkflowId,
  (input: ReverseCanceledOrderPointsWorkflowInput) => {
    const { data: orderCarts } = useQueryGraphStep({
      entity: "order_cart",
      fields: ["order_id", "cart_id"],
      filters: { order_id: input.order_id },
    })
    const plan = buildCancelReversalsStep(
      transform({ orderCarts, input }, ({ orderCarts, input }) => ({
        order_id: input.order_id,
        cart_id: orderCarts[0]?.cart_id ?? null,
      }))
    )
    const posted = postLoyaltyEntriesStep(plan)

    when({ posted }, ({ posted }) => posted.created.length > 0).then(() => {
      emitEventStep({
        eventName: LoyaltyEvents.POINTS_REVERSED,
        data: transform({ posted, input }, ({ posted, input }) => ({
          customer_id: posted.customer_id,
          order_id: input.order_id,
          transaction_ids: posted.created.map((c) => c.id),
          points: posted.created.reduce((s, c) => s + c.points, 0),
        })),
      })
      recomputeLoyaltyTierWorkflow.runAsStep({
        input: transform({ posted }, ({ posted }) => ({
          customer_id: posted.customer_id,
        })),
      })
    })
    return new WorkflowResponse(posted)
  }
)
