import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export const validateReportedMessageStepId =
  "notifications-validate-reported-message-step"

export type ValidateReportedMessageInput = {
  notification: { id: string; external_id?: string | null } | undefined
  /** The provider message id the callback body talks about, e.g. `eskiz:<request id>`. */
  external_id: string
}

/**
 * Checks that a reported status is about a message this store sent, and
 * about the notification the report names when it names one (a provider's
 * per-message callback URL): otherwise NOT_FOUND, and nothing changes.
 */
export const validateReportedMessageStep = createStep(
  validateReportedMessageStepId,
  async (input: ValidateReportedMessageInput) => {
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
