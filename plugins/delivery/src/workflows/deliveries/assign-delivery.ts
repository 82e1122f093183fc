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
import { transitionDeliveryStep } from "./steps/transition-delivery"

export const assignDeliveryWorkflowId = "delivery-assign-delivery"

export const validateAssignableDriverStepId =
  "delivery-validate-assignable-driver-step"

/** Only approved, active drivers get work. */
export const validateAssignableDriverStep = createStep(
  validateAssignableDriverStepId,
  async (driver: { id: string; status: string; is_active: boolean }) => {
    if (driver.status !== "approved" || !driver.is_active) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Driver ${driver.id} is not an approved, active driver.`
      )
    }
    return new StepResponse(driver)
  }
)

/** The merchant assigns a pending or offered delivery to a driver directly. */
export const assignDeliveryWorkflow = createWorkflow(
  assignDeliveryWorkflowId,
  (input: { delivery_id: string; driver_id: string; user_id: string }) => {
    const { data: drivers } = useQueryGraphStep({
      entity: "driver",
      fields: ["id", "status", "is_active"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    validateAssignableDriverStep(
      transform({ drivers }, ({ drivers }) => drivers[0] as any)
    )
    const moved = transitionDeliveryStep(
      transform({ input }, ({ input }) => ({
        id: input.delivery_id,
        from: ["pending" as const, "offered" as const],
        to: "assigned" as const,
        set: { driver_id: input.driver_id, assigned_at: new Date() },
        withdraw_offers: true,
        event: {
          type: "assigned",
          actor_type: "user" as const,
          actor_id: input.user_id,
        },
      }))
    )
    emitEventStep({
      eventName: DeliveryEvents.DELIVERY_ASSIGNED,
      data: transform({ input }, ({ input }) => ({
        id: input.delivery_id,
        driver_id: input.driver_id,
      })),
    })
    return new WorkflowResponse(moved)
  }
)
