import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYME_MODULE } from "../../../modules/payme"
import type PaymeModuleService from "../../../modules/payme/service"
import { sha256 } from "../../../modules/payme/service"
import type { UpsertPaymeCredentialStepInput } from "./upsert-payme-credential"

export type BuildPaymeCredentialStepInput = {
  /** The new cashbox key sent by ChangePassword. */
  password: string
}

export const buildPaymeCredentialStepId = "payme-build-credential-step"

/**
 * The credential row for a new key: hashes only (the configured key's hash
 * tells later whether the row still applies to the configured key).
 */
export const buildPaymeCredentialStep = createStep(
  buildPaymeCredentialStepId,
  async (input: BuildPaymeCredentialStepInput, { container }) => {
    const payme: PaymeModuleService = container.resolve(PAYME_MODULE)
    const { merchantId, secretKey, testMode } = payme.getOptions()
    const credential: UpsertPaymeCredentialStepInput = {
      merchant_id: merchantId!,
      test_mode: !!testMode,
      base_key_hash: sha256(secretKey!).toString("hex"),
      key_hash: sha256(input.password).toString("hex"),
    }
    return new StepResponse(credential)
  }
)
