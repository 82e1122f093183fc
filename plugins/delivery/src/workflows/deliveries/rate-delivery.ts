import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { deliveryService } from "../service"

export const rateDeliveryWorkflowId = "delivery-rate-delivery"

export const validateRatableDeliveryStepId = "delivery-validate-ratable-step"

/**
 * The customer's own order's delivery (anything else is "not found"), and
 * delivered.
 */
export const validateRatableDeliveryStep = createStep(
  validateRatableDeliveryStepId,
  async (input: {
    order: { id: string; customer_id?: string | null } | undefined
    delivery:
      { id: string; status: string; driver_id: string | null } | undefined
    order_id: string
    customer_id: string
  }) => {
    if (
      !input.order ||
      input.order.customer_id !== input.customer_id ||
      !input.delivery
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Delivery of order ${input.order_id} was not found.`
      )
    }
    if (input.delivery.status !== "delivered" || !input.delivery.driver_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Delivery ${input.delivery.id} is ${input.delivery.status}; only a delivered delivery can be rated.`
      )
    }
    return new StepResponse(input.delivery)
  }
)

export const createRatingStepId = "delivery-create-rating-step"

/** One rating per delivery (unique index): a second one is a 409. */
export const createRatingStep = createStep(
  createRatingStepId,
  async (
    input: {
      delivery_id: string
      driver_id: string
      customer_id: string
      rating: number
      comment?: string | null
    },
    { container }
  ) => {
    const service = deliveryService(container)
    const already = () =>
      new MedusaError(
        MedusaError.Types.CONFLICT,
        `Delivery ${input.delivery_id} is already rated.`
      )
    const [existing] = await service.listDeliveryRatings({
      delivery_id: input.delivery_id,
    })
    if (existing) throw already()
    try {
      const rating = await service.createDeliveryRatings(input)
      return new StepResponse(rating, rating.id)
    } catch (e) {
      const [winner] = await service.listDeliveryRatings({
        delivery_id: input.delivery_id,
      })
      if (winner) throw already()
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).deleteDeliveryRatings(id)
  }
)

/** The customer rates the courier of their delivered order, 1–5, once. */
export const rateDeliveryWorkflow = createWorkflow(
  rateDeliveryWorkflowId,
  (input: {
    order_id: string
    customer_id: string
    rating: number
    comment?: string | null
  }) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: ["id", "customer_id"],
      filters: { id: input.order_id },
    }).config({ name: "get-order" })
    const { data: deliveries } = useQueryGraphStep({
      entity: "delivery",
      fields: ["id", "status", "driver_id", "created_at"],
      filters: { order_id: input.order_id },
      pagination: { order: { created_at: "DESC" }, take: 1 },
    }).config({ name: "get-delivery" })
    const delivery = validateRatableDeliveryStep(
      transform(
        { orders, deliveries, input },
        ({ orders, deliveries, input }) => ({
          order: orders[0] as any,
          delivery: deliveries[0] as any,
          order_id: input.order_id,
          customer_id: input.customer_id,
        })
      )
    )
    const rating = createRatingStep(
      transform({ delivery, input }, ({ delivery, input }) => ({
        delivery_id: delivery.id,
        driver_id: delivery.driver_id!,
        customer_id: input.customer_id,
        rating: input.rating,
        comment: input.comment ?? null,
      }))
    )
    emitEventStep({
      eventName: DeliveryEvents.DELIVERY_RATED,
      data: transform({ rating }, ({ rating }) => ({
        id: rating.delivery_id,
        rating_id: rating.id,
      })),
    })
    return new WorkflowResponse(rating)
  }
)
