import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateDriverStep } from "./steps/update-driver"
import { validateDriverStatusStep } from "./steps/validate-driver-status"

export const setDriverAvailabilityWorkflowId =
  "delivery-set-driver-availability"

/** An approved, active driver starts or ends a shift (gets offers while available). */
export const setDriverAvailabilityWorkflow = createWorkflow(
  setDriverAvailabilityWorkflowId,
  (input: { driver_id: string; available: boolean }) => {
    const { data: drivers } = useQueryGraphStep({
      entity: "driver",
      fields: ["id", "status", "is_active"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    validateDriverStatusStep({
      driver: transform({ drivers }, ({ drivers }) => drivers[0] as any),
      allowed: ["approved"],
      action: "take work",
      require_active: true,
    })
    const updated = updateDriverStep({
      id: input.driver_id,
      available: input.available,
    })
    return new WorkflowResponse(updated)
  }
)
