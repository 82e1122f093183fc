import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { deliveryService } from "../service"

export const createDriverPayoutWorkflowId = "delivery-create-driver-payout"

export const createPayoutStepId = "delivery-create-payout-step"

/** Gathers the driver's unpaid earnings into a pending payout. */
export const createPayoutStep = createStep(
  createPayoutStepId,
  async (input: { driver_id: string }, { container }) => {
    const service = deliveryService(container)
    const { id } = await service.createPayoutFromEarnings({
      driver_id: input.driver_id,
      currency_code: service.getOptions().currencyCode,
    })
    const payout = await service.retrieveDriverPayout(id)
    return new StepResponse(payout, id)
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).revertPayout(id)
  }
)

/** The merchant makes a payout of everything the driver earned and was not paid yet. */
export const createDriverPayoutWorkflow = createWorkflow(
  createDriverPayoutWorkflowId,
  (input: { driver_id: string }) => {
    useQueryGraphStep({
      entity: "driver",
      fields: ["id"],
      filters: { id: input.driver_id },
      options: { throwIfKeyNotFound: true },
    })
    const payout = createPayoutStep(input)
    return new WorkflowResponse(payout)
  }
)
