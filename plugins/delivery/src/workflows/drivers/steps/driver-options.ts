import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const deliveryOptionsStepId = "delivery-options-step"

/** The delivery module's options (with defaults), for workflow steps. */
export const driverOptionsStep = createStep(
  deliveryOptionsStepId,
  async (_: void, { container }) =>
    new StepResponse(deliveryService(container).getOptions())
)
