import { MedusaError, Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../service"

export const verifyDriverLoginCodeWorkflowId =
  "delivery-verify-driver-login-code"

/** The auth provider name of SMS logins in Medusa's Auth Module. */
export const DRIVER_SMS_PROVIDER = "driver-sms"

export const consumeLoginCodeStepId = "delivery-consume-login-code-step"

/** A wrong, used, expired or worn-out code is 401 (the attempt is counted). */
export const consumeLoginCodeStep = createStep(
  consumeLoginCodeStepId,
  async (input: { phone: string; code: string }, { container }) => {
    const result = await deliveryService(container).consumeLoginCode(input)
    if (!result.ok) {
      throw new MedusaError(
        MedusaError.Types.UNAUTHORIZED,
        "The code is wrong or no longer valid."
      )
    }
    return new StepResponse(result.driver_id!)
  }
)

export const ensureSmsAuthIdentityStepId =
  "delivery-ensure-sms-auth-identity-step"

/**
 * The driver's auth identity for SMS logins (provider `driver-sms`, entity
 * the phone, `app_metadata.driver_id`), created on first use.
 */
export const ensureSmsAuthIdentityStep = createStep(
  ensureSmsAuthIdentityStepId,
  async (input: { phone: string; driver_id: string }, { container }) => {
    const auth = container.resolve(Modules.AUTH)
    const [existing] = await auth.listProviderIdentities({
      provider: DRIVER_SMS_PROVIDER,
      entity_id: input.phone,
    })
    if (existing) {
      const identity = await auth.retrieveAuthIdentity(
        existing.auth_identity_id!
      )
      return new StepResponse(identity, null)
    }
    const identity = await auth.createAuthIdentities({
      provider_identities: [
        { provider: DRIVER_SMS_PROVIDER, entity_id: input.phone },
      ],
      app_metadata: { driver_id: input.driver_id },
    })
    return new StepResponse(identity, identity.id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve(Modules.AUTH).deleteAuthIdentities([id])
  }
)

/** Checks an SMS code and returns the driver's auth identity (the route signs the token). */
export const verifyDriverLoginCodeWorkflow = createWorkflow(
  verifyDriverLoginCodeWorkflowId,
  (input: { phone: string; code: string }) => {
    const driver_id = consumeLoginCodeStep(input)
    const identity = ensureSmsAuthIdentityStep({
      phone: input.phone,
      driver_id,
    })
    return new WorkflowResponse(identity)
  }
)
