import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PUSH_DEVICES_MODULE } from "../../../modules/push-devices"
import type PushDevicesModuleService from "../../../modules/push-devices/service"

export const removePushDeviceStepId = "push-remove-device-step"

/** Soft-deletes the device (no more pushes to its token); compensation restores it. */
export const removePushDeviceStep = createStep(
  removePushDeviceStepId,
  async (id: string, { container }) => {
    const service: PushDevicesModuleService =
      container.resolve(PUSH_DEVICES_MODULE)
    await service.softDeletePushDevices(id)
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service: PushDevicesModuleService =
      container.resolve(PUSH_DEVICES_MODULE)
    await service.restorePushDevices(id)
  }
)
