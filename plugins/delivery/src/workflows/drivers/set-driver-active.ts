import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateDriverStep } from "./steps/update-driver"

export const setDriverActiveWorkflowId = "delivery-set-driver-active"

/** The merchant (de)activates a driver; a deactivated driver is off shift. */
export const setDriverActiveWorkflow = createWorkflow(
  setDriverActiveWorkflowId,
  (input: { driver_id: string; is_active: boolean }) => {
    useQueryGraphStep({
      entity: "driver",
      fields: ["id"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    const updated = updateDriverStep({
      id: input.driver_id,
      is_active: input.is_active,
      available: false,
    })
    return new WorkflowResponse(updated)
  }
)
