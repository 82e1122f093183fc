import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { DriverStatus } from "../../../modules/delivery/types"

export const validateDriverStatusStepId = "delivery-validate-driver-status-step"

/** Throws NOT_ALLOWED unless the driver is in one of `allowed` (and active when asked). */
export const validateDriverStatusStep = createStep(
  validateDriverStatusStepId,
  async (input: {
    driver: { id: string; status: DriverStatus; is_active?: boolean }
    allowed: DriverStatus[]
    action: string
    require_active?: boolean
  }) => {
    const { driver } = input
    if (!input.allowed.includes(driver.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Driver ${driver.id} is ${driver.status}: cannot ${input.action}.`
      )
    }
    if (input.require_active && driver.is_active === false) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Driver ${driver.id} is deactivated: cannot ${input.action}.`
      )
    }
    return new StepResponse(driver)
  }
)
