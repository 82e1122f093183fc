import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const createDriverStepId = "delivery-create-driver-step"

export type CreateDriverStepInput = {
  email: string
  first_name: string
  last_name?: string | null
  phone?: string | null
}

/** Creates the driver profile (pending); one per e-mail. */
export const createDriverStep = createStep(
  createDriverStepId,
  async (input: CreateDriverStepInput, { container }) => {
    const service = deliveryService(container)
    const [existing] = await service.listDrivers({ email: input.email })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `A driver with e-mail ${input.email} already exists.`
      )
    }
    const driver = await service.createDrivers({ ...input, status: "pending" })
    return new StepResponse(driver, driver.id)
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).deleteDrivers(id)
  }
)
