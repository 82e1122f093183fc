import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const updateDriverStepId = "delivery-update-driver-step"

export type UpdateDriverStepInput = { id: string } & Record<string, unknown>

/** Updates a driver; the compensation restores the fields it changed. */
export const updateDriverStep = createStep(
  updateDriverStepId,
  async (input: UpdateDriverStepInput, { container }) => {
    const service = deliveryService(container)
    const keys = Object.keys(input).filter((k) => k !== "id")
    const before = await service.retrieveDriver(input.id, {
      select: ["id", ...keys] as any,
    })
    const updated = await service.updateDrivers(input as any)
    const snapshot = Object.fromEntries(
      ["id", ...keys].map((k) => [k, (before as Record<string, unknown>)[k]])
    )
    return new StepResponse(updated, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot) return
    await deliveryService(container).updateDrivers(snapshot as any)
  }
)
