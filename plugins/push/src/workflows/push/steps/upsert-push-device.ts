import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MAX_DEVICES_PER_CUSTOMER,
  PUSH_DEVICES_MODULE,
} from "../../../modules/push-devices"
import type PushDevicesModuleService from "../../../modules/push-devices/service"
import type { RegisterPushDeviceInput } from "../types"

export const upsertPushDeviceStepId = "push-upsert-device-step"

type Snapshot = {
  id: string
  customer_id: string
  platform: "android" | "ios" | "web"
  locale: "uz" | "ru" | "en" | null
  last_seen_at: Date
}
type Undo = { created?: string; updated?: Snapshot }

/**
 * Registers the token for the customer: a new row, or the existing row of
 * that token (the same app install) moved to this customer with the new
 * platform, locale and `last_seen_at`. A customer holds at most
 * {@link MAX_DEVICES_PER_CUSTOMER} devices. Compensation deletes the created
 * row or restores the previous values.
 */
export const upsertPushDeviceStep = createStep(
  upsertPushDeviceStepId,
  async (input: RegisterPushDeviceInput, { container }) => {
    const service: PushDevicesModuleService =
      container.resolve(PUSH_DEVICES_MODULE)
    const now = new Date()
    const [existing] = await service.listPushDevices({ token: input.token })
    if (existing) {
      const updated = await service.updatePushDevices({
        id: existing.id,
        customer_id: input.customer_id,
        platform: input.platform,
        locale: input.locale ?? null,
        last_seen_at: now,
      })
      return new StepResponse(updated, {
        updated: {
          id: existing.id,
          customer_id: existing.customer_id,
          platform: existing.platform,
          locale: existing.locale,
          last_seen_at: existing.last_seen_at,
        },
      } as Undo)
    }
    const count = await service.listAndCountPushDevices(
      { customer_id: input.customer_id },
      { take: 1, select: ["id"] }
    )
    if (count[1] >= MAX_DEVICES_PER_CUSTOMER) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Customer ${input.customer_id} already has ${MAX_DEVICES_PER_CUSTOMER} devices: remove one first.`
      )
    }
    const created = await service.createPushDevices({
      customer_id: input.customer_id,
      token: input.token,
      platform: input.platform,
      locale: input.locale ?? null,
      last_seen_at: now,
    })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: PushDevicesModuleService =
      container.resolve(PUSH_DEVICES_MODULE)
    if (undo.created) {
      await service.deletePushDevices(undo.created)
    }
    if (undo.updated) {
      await service.updatePushDevices(undo.updated)
    }
  }
)
