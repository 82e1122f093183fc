import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { LocationInput } from "../../modules/delivery/service"
import { recordDriverLocationStep } from "./steps/record-location"

export const recordDriverLocationWorkflowId = "delivery-record-driver-location"

/** Records a driver's location (rate-limited per driver in the DB). */
export const recordDriverLocationWorkflow = createWorkflow(
  recordDriverLocationWorkflowId,
  (input: { driver_id: string; point: LocationInput }) => {
    const result = recordDriverLocationStep(input)
    return new WorkflowResponse(result)
  }
)
