import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LocationInput } from "../../../modules/delivery/service"
import { deliveryService } from "../../service"

export const recordDriverLocationStepId = "delivery-record-driver-location-step"

/**
 * Records the location unless the driver sent one less than
 * `locationMinIntervalMs` ago (then `accepted: false`). History rows are not
 * compensated: a later step failing does not make the driver be elsewhere.
 */
export const recordDriverLocationStep = createStep(
  recordDriverLocationStepId,
  async (input: { driver_id: string; point: LocationInput }, { container }) => {
    const service = deliveryService(container)
    const accepted = await service.recordLocation(input.driver_id, input.point)
    return new StepResponse({
      accepted,
      retry_after_ms: accepted ? 0 : service.getOptions().locationMinIntervalMs,
    })
  }
)
