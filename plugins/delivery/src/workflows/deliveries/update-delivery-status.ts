import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createOrderShipmentWorkflow,
  emitEventStep,
  markOrderFulfillmentAsDeliveredWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import type {
  DeliveryStatus,
  DriverDeliveryStatus,
} from "../../modules/delivery/types"
import { recordEarningStep } from "./steps/record-earning"
import { transitionDeliveryStep } from "./steps/transition-delivery"

export const updateDeliveryStatusWorkflowId = "delivery-update-status"

/** Where each status may be reached from. */
export const DELIVERY_TRANSITIONS: Record<
  DriverDeliveryStatus,
  DeliveryStatus[]
> = {
  picked_up: ["assigned"],
  in_transit: ["picked_up"],
  delivered: ["in_transit"],
  failed: ["assigned", "picked_up", "in_transit"],
}

const STAMPS: Record<DriverDeliveryStatus, string> = {
  picked_up: "picked_up_at",
  in_transit: "picked_up_at",
  delivered: "delivered_at",
  failed: "failed_at",
}

export type UpdateDeliveryStatusWorkflowInput = {
  delivery_id: string
  status: DriverDeliveryStatus
  reason?: string | null
  /** The driver moving it (only their own delivery); absent for the merchant. */
  driver_id?: string
  actor_type: "driver" | "user"
  actor_id: string
}

/**
 * Moves a delivery along `assigned → picked_up → in_transit → delivered |
 * failed` and Medusa's fulfillment with it: picked up creates the order's
 * shipment (`createOrderShipmentWorkflow`, the order becomes shipped and the
 * customer is told), delivered marks the fulfillment delivered
 * (`markOrderFulfillmentAsDeliveredWorkflow`) and books the driver's
 * earning. A transition out of order is refused (400) and changes nothing.
 */
export const updateDeliveryStatusWorkflow = createWorkflow(
  updateDeliveryStatusWorkflowId,
  (input: UpdateDeliveryStatusWorkflowInput) => {
    const moved = transitionDeliveryStep(
      transform({ input }, ({ input }) => {
        const now = new Date()
        return {
          id: input.delivery_id,
          from: DELIVERY_TRANSITIONS[input.status],
          to: input.status,
          driver_id: input.driver_id,
          set: {
            ...(input.status === "in_transit"
              ? {}
              : { [STAMPS[input.status]]: now }),
            ...(input.status === "failed"
              ? { failure_reason: input.reason ?? null }
              : {}),
          },
          event: {
            type: "status_changed",
            reason: input.reason ?? null,
            actor_type: input.actor_type,
            actor_id: input.actor_id,
          },
        }
      })
    )
    const { data: deliveries } = useQueryGraphStep({
      entity: "delivery",
      fields: ["id", "order_id", "fulfillment_id", "driver_id", "distance_km"],
      filters: { id: input.delivery_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-delivery" })
    const delivery = transform(
      { deliveries },
      ({ deliveries }) => deliveries[0] as any
    )
    const { data: fulfillments } = useQueryGraphStep({
      entity: "fulfillment",
      fields: ["id", "shipped_at", "items.line_item_id", "items.quantity"],
      filters: { id: delivery.fulfillment_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-fulfillment" })
    const fulfillment = transform(
      { fulfillments },
      ({ fulfillments }) => fulfillments[0] as any
    )

    when(
      "ship-order-fulfillment",
      { input, fulfillment },
      ({ input, fulfillment }) =>
        input.status === "picked_up" && !fulfillment.shipped_at
    ).then(() => {
      createOrderShipmentWorkflow.runAsStep({
        input: transform(
          { delivery, fulfillment },
          ({ delivery, fulfillment }) => ({
            order_id: delivery.order_id,
            fulfillment_id: delivery.fulfillment_id,
            items: (fulfillment.items ?? [])
              .filter((i: any) => i.line_item_id)
              .map((i: any) => ({ id: i.line_item_id, quantity: i.quantity })),
          })
        ),
      })
    })

    when(
      "deliver-order-fulfillment",
      { input },
      ({ input }) => input.status === "delivered"
    ).then(() => {
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({
        input: transform({ delivery }, ({ delivery }) => ({
          orderId: delivery.order_id,
          fulfillmentId: delivery.fulfillment_id,
        })),
      })
      recordEarningStep(
        transform({ delivery }, ({ delivery }) => ({
          delivery_id: delivery.id,
          driver_id: delivery.driver_id,
          distance_km: delivery.distance_km ?? null,
        }))
      )
    })

    emitEventStep({
      eventName: DeliveryEvents.DELIVERY_STATUS_CHANGED,
      data: transform(
        { moved, input, delivery },
        ({ moved, input, delivery }) => ({
          id: input.delivery_id,
          order_id: delivery.order_id,
          driver_id: delivery.driver_id,
          from: moved.from,
          to: input.status,
          reason: input.reason ?? null,
        })
      ),
    })
    return new WorkflowResponse(delivery)
  }
)
