import { createStep } from "@medusajs/framework/workflows-sdk"
import { PAYME_TIMEOUT_MS } from "../../../modules/payme"
import { paymeMedusaError } from "../errors"

export type ValidatePaymeCreateTimeStepInput = {
  /** Payme's `params.time`, epoch ms. */
  time: number
}

export const validatePaymeCreateTimeStepId = "payme-validate-create-time-step"

/** The 12-hour rule (spec §1.7): a CreateTransaction 12 hours old gets -31008. */
export const validatePaymeCreateTimeStep = createStep(
  validatePaymeCreateTimeStepId,
  async (input: ValidatePaymeCreateTimeStepInput) => {
    if (Date.now() - input.time >= PAYME_TIMEOUT_MS) {
      throw paymeMedusaError(
        "NOT_ALLOWED",
        "CANNOT_PERFORM",
        `Payme time ${input.time} is 12 hours old or more.`
      )
    }
  }
)
