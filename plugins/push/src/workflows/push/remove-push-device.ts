import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PushDeviceEvents } from "../../modules/push-devices/events"
import { removePushDeviceStep } from "./steps/remove-push-device"
import { validatePushDeviceOwnerStep } from "./steps/validate-device-owner"

export const removePushDeviceWorkflowId = "push-remove-device"

/** Removes one of the customer's own devices (404 for anyone else's). */
export const removePushDeviceWorkflow = createWorkflow(
  removePushDeviceWorkflowId,
  (input: { id: string; customer_id: string }) => {
    validatePushDeviceOwnerStep(input)
    const id = removePushDeviceStep(input.id)
    emitEventStep({
      eventName: PushDeviceEvents.REMOVED,
      data: { id, customer_id: input.customer_id },
    })
    return new WorkflowResponse(id)
  }
)
