import { MedusaError } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { DeliveryEvents } from "../../modules/delivery/events"
import { deliveryService } from "../service"

export const markDriverPayoutPaidWorkflowId = "delivery-mark-driver-payout-paid"

export const markPayoutPaidStepId = "delivery-mark-payout-paid-step"

/** A pending payout of the driver becomes paid (once). */
export const markPayoutPaidStep = createStep(
  markPayoutPaidStepId,
  async (
    input: {
      driver_id: string
      payout_id: string
      user_id: string
      reference?: string | null
    },
    { container }
  ) => {
    const service = deliveryService(container)
    const [payout] = await service.listDriverPayouts({
      id: input.payout_id,
      driver_id: input.driver_id,
    })
    if (!payout) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Payout with id ${input.payout_id} was not found.`
      )
    }
    if (payout.status !== "pending") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payout ${input.payout_id} is already paid.`
      )
    }
    const updated = await service.updateDriverPayouts({
      id: input.payout_id,
      status: "paid",
      paid_at: new Date(),
      paid_by: input.user_id,
      reference: input.reference ?? null,
    })
    return new StepResponse(updated, input.payout_id)
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).updateDriverPayouts({
      id,
      status: "pending",
      paid_at: null,
      paid_by: null,
      reference: null,
    })
  }
)

/** The merchant records that a payout was paid to the driver. */
export const markDriverPayoutPaidWorkflow = createWorkflow(
  markDriverPayoutPaidWorkflowId,
  (input: {
    driver_id: string
    payout_id: string
    user_id: string
    reference?: string | null
  }) => {
    const payout = markPayoutPaidStep(input)
    emitEventStep({
      eventName: DeliveryEvents.PAYOUT_PAID,
      data: { id: input.payout_id, driver_id: input.driver_id },
    })
    return new WorkflowResponse(payout)
  }
)
