import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateSmsCallbackMessageStepId =
  "notifications-validate-sms-callback-message-step"

export type ValidateSmsCallbackMessageInput = {
  notification: { id: string; external_id?: string | null } | undefined
  /** The provider message id the callback body talks about, e.g. `eskiz:<request id>`. */
  external_id: string
}

/**
 * Checks that the callback's message is the one its URL authenticates: the
 * token covers one notification, so a body about another message is refused
 * (NOT_FOUND) and changes nothing.
 */
export const validateSmsCallbackMessageStep = createStep(
  validateSmsCallbackMessageStepId,
  async (input: ValidateSmsCallbackMessageInput) => {
    if (
      !input.notification ||
      input.notification.external_id !== input.external_id
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Notification ${input.notification?.id ?? "(unknown)"} was not sent as ${input.external_id}.`
      )
    }
  }
)
