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
import { createDriverReviewStep } from "./steps/create-driver-review"
import { updateDriverStep } from "./steps/update-driver"
import { validateDriverStatusStep } from "./steps/validate-driver-status"

export const submitDriverWorkflowId = "delivery-submit-driver"

export const validateDriverCompleteStepId =
  "delivery-validate-driver-complete-step"

/** A driver goes to review with a vehicle, a licence number and a document. */
export const validateDriverCompleteStep = createStep(
  validateDriverCompleteStepId,
  async (
    driver: {
      id: string
      vehicle_type?: string | null
      license_number?: string | null
    },
    { container }
  ) => {
    const missing: string[] = []
    if (!driver.vehicle_type) missing.push("vehicle_type")
    if (!driver.license_number) missing.push("license_number")
    const docs = await deliveryService(container).listDriverDocuments(
      { driver_id: driver.id },
      { select: ["id"] }
    )
    if (!docs.length) missing.push("documents")
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Driver ${driver.id} cannot be submitted for review without: ${missing.join(", ")}.`
      )
    }
    return new StepResponse(true)
  }
)

/** The driver asks for review: pending | rejected → under_review. */
export const submitDriverWorkflow = createWorkflow(
  submitDriverWorkflowId,
  (input: { driver_id: string }) => {
    const { data: drivers } = useQueryGraphStep({
      entity: "driver",
      fields: ["id", "status", "vehicle_type", "license_number"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    const driver = transform({ drivers }, ({ drivers }) => drivers[0] as any)
    validateDriverStatusStep({
      driver,
      allowed: ["pending", "rejected"],
      action: "submit for review",
    })
    validateDriverCompleteStep(driver)
    const updated = updateDriverStep({
      id: input.driver_id,
      status: "under_review",
      review_reason: null,
    })
    createDriverReviewStep(
      transform({ driver }, ({ driver }) => ({
        driver_id: driver.id,
        from_status: driver.status,
        to_status: "under_review",
        actor_type: "driver" as const,
        actor_id: driver.id,
      }))
    )
    emitEventStep({
      eventName: DeliveryEvents.DRIVER_SUBMITTED,
      data: { id: input.driver_id },
    })
    return new WorkflowResponse(updated)
  }
)
