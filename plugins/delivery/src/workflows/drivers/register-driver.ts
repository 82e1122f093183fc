import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  emitEventStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { createDriverReviewStep } from "./steps/create-driver-review"
import { createDriverStep } from "./steps/create-driver"

export const registerDriverWorkflowId = "delivery-register-driver"

export type RegisterDriverWorkflowInput = {
  auth_identity_id: string
  email: string
  first_name: string
  last_name?: string | null
  phone?: string | null
}

/** Creates a pending driver and binds it to the auth identity (actor type `driver`). */
export const registerDriverWorkflow = createWorkflow(
  registerDriverWorkflowId,
  (input: RegisterDriverWorkflowInput) => {
    const driver = createDriverStep(
      transform({ input }, ({ input }) => ({
        email: input.email.toLowerCase(),
        first_name: input.first_name,
        last_name: input.last_name ?? null,
        phone: input.phone ?? null,
      }))
    )
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "driver",
      value: driver.id,
    })
    createDriverReviewStep(
      transform({ driver }, ({ driver }) => ({
        driver_id: driver.id,
        from_status: "new",
        to_status: "pending",
        actor_type: "driver" as const,
        actor_id: driver.id,
      }))
    )
    emitEventStep({
      eventName: DeliveryEvents.DRIVER_REGISTERED,
      data: transform({ driver }, ({ driver }) => ({ id: driver.id })),
    })
    return new WorkflowResponse(driver)
  }
)
