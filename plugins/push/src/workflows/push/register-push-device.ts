import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { PushDeviceEvents } from "../../modules/push-devices/events"
import { upsertPushDeviceStep } from "./steps/upsert-push-device"
import type { RegisterPushDeviceInput } from "./types"

export const registerPushDeviceWorkflowId = "push-register-device"

/** Registers (or refreshes) a customer's device token for push messages. */
export const registerPushDeviceWorkflow = createWorkflow(
  registerPushDeviceWorkflowId,
  (input: RegisterPushDeviceInput) => {
    const device = upsertPushDeviceStep(input)
    emitEventStep({
      eventName: PushDeviceEvents.REGISTERED,
      data: { id: device.id, customer_id: input.customer_id },
    })
    return new WorkflowResponse(device)
  }
)
