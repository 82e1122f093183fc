import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PUSH_DEVICES_MODULE } from "../../../modules/push-devices"
import type PushDevicesModuleService from "../../../modules/push-devices/service"

export const validatePushDeviceOwnerStepId = "push-validate-device-owner-step"

/** The device must be the customer's own: anyone else's is "not found", so it cannot even be shown to exist. */
export const validatePushDeviceOwnerStep = createStep(
  validatePushDeviceOwnerStepId,
  async (input: { id: string; customer_id: string }, { container }) => {
    const service: PushDevicesModuleService =
      container.resolve(PUSH_DEVICES_MODULE)
    const [device] = await service.listPushDevices({
      id: input.id,
      customer_id: input.customer_id,
    })
    if (!device) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Device with id ${input.id} was not found.`
      )
    }
    return new StepResponse(device.id)
  }
)
