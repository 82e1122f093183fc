import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TransitionInput } from "../../../modules/delivery/service"
import { deliveryService } from "../../service"

export const transitionDeliveryStepId = "delivery-transition-delivery-step"

/**
 * Moves the delivery (conditional on its current status) and records the
 * history event; the compensation restores the fields and drops the event.
 */
export const transitionDeliveryStep = createStep(
  transitionDeliveryStepId,
  async (input: TransitionInput, { container }) => {
    const result = await deliveryService(container).transitionDelivery(input)
    return new StepResponse(result, result)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = deliveryService(container)
    await service.updateDeliveries({ id: undo.id, ...undo.snapshot } as any)
    await service.deleteDeliveryEvents(undo.event_id)
  }
)
