import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { updateDriverStep } from "./steps/update-driver"
import { validateDriverStatusStep } from "./steps/validate-driver-status"

export const updateDriverProfileWorkflowId = "delivery-update-driver-profile"

export type UpdateDriverProfileWorkflowInput = {
  driver_id: string
  first_name?: string
  last_name?: string | null
  phone?: string | null
  vehicle_type?: string
  vehicle_model?: string | null
  vehicle_plate?: string | null
  license_number?: string
}

/**
 * The driver edits profile, vehicle and licence while not yet under review
 * or approved (a change after approval goes through a new review).
 */
export const updateDriverProfileWorkflow = createWorkflow(
  updateDriverProfileWorkflowId,
  (input: UpdateDriverProfileWorkflowInput) => {
    const { data: drivers } = useQueryGraphStep({
      entity: "driver",
      fields: ["id", "status", "is_active"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    validateDriverStatusStep({
      driver: transform({ drivers }, ({ drivers }) => drivers[0] as any),
      allowed: ["pending", "rejected"],
      action: "change the profile",
    })
    const updated = updateDriverStep(
      transform({ input }, ({ input }) => {
        const { driver_id, ...rest } = input
        return { id: driver_id, ...rest }
      })
    )
    return new WorkflowResponse(updated)
  }
)
