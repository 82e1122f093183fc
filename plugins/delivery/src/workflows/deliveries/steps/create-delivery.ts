import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const createDeliveryStepId = "delivery-create-delivery-step"

export type CreateDeliveryStepInput = {
  order_id: string
  fulfillment_id: string
  pickup_lat: number
  pickup_lng: number
  dropoff_lat: number | null
  dropoff_lng: number | null
  address: Record<string, unknown> | null
  distance_km: number | null
  due_at: Date
}

/**
 * Creates the fulfillment's delivery (nothing for `null`), once: a repeated event finds the one
 * there (unique `fulfillment_id`) and creates nothing.
 */
export const createDeliveryStep = createStep(
  createDeliveryStepId,
  async (input: CreateDeliveryStepInput | null, { container }) => {
    if (!input) {
      // Not a courier fulfillment.
      return new StepResponse(null, null)
    }
    const service = deliveryService(container)
    const find = () =>
      service.listDeliveries({ fulfillment_id: input.fulfillment_id })
    const [existing] = await find()
    if (existing) {
      return new StepResponse({ delivery: existing, created: false }, null)
    }
    try {
      const delivery = await service.createDeliveries({
        ...input,
        status: "pending",
      })
      await service.createDeliveryEvents({
        delivery_id: delivery.id,
        type: "created",
        to_status: "pending",
        actor_type: "system",
      })
      return new StepResponse({ delivery, created: true }, delivery.id)
    } catch (e) {
      const [winner] = await find()
      if (winner) {
        return new StepResponse({ delivery: winner, created: false }, null)
      }
      throw e
    }
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).deleteDeliveries(id)
  }
)
