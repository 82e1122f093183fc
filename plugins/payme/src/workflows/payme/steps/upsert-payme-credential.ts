import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"

export type UpsertPaymeCredentialStepInput = {
  merchant_id: string
  test_mode: boolean
  base_key_hash: string
  key_hash: string
}

export const upsertPaymeCredentialStepId = "payme-upsert-credential-step"

/** Stores the hash of the key set by ChangePassword (one row per cashbox and mode). */
export const upsertPaymeCredentialStep = createStep(
  upsertPaymeCredentialStepId,
  async (input: UpsertPaymeCredentialStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const [existing] = await payme.listPaymeCredentials({
      merchant_id: input.merchant_id,
      test_mode: input.test_mode,
    })
    if (existing) {
      const updated = await payme.updatePaymeCredentials({
        id: existing.id,
        ...input,
      })
      return new StepResponse(updated, {
        id: existing.id,
        base_key_hash: existing.base_key_hash,
        key_hash: existing.key_hash,
        created: false,
      })
    }
    const created = await payme.createPaymeCredentials(input)
    return new StepResponse(created, {
      id: created.id,
      base_key_hash: "",
      key_hash: "",
      created: true,
    })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    if (previous.created) {
      await payme.deletePaymeCredentials(previous.id)
      return
    }
    await payme.updatePaymeCredentials({
      id: previous.id,
      base_key_hash: previous.base_key_hash,
      key_hash: previous.key_hash,
    })
  }
)
