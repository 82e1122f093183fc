import { createStep } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { ESKIZ_MODULE } from "../../../modules/eskiz"
import type EskizModuleService from "../../../modules/eskiz/service"

export const validateEskizCallbackMessageStepId =
  "eskiz-validate-callback-message-step"

export type ValidateEskizCallbackMessageInput = {
  /** The core notification the callback URL was issued for, when it exists. */
  notification:
    | {
        id: string
        provider_id?: string | null
        external_id?: string | null
      }
    | undefined
  /** The id the callback body talks about: `eskiz:<request id>`. */
  external_id: string
}

/**
 * Checks that the callback's message is one this provider sent, and the one
 * its URL authenticates: the token covers one notification, so a body about
 * another message (or a notification of another provider) is refused with
 * NOT_FOUND and nothing is reported.
 */
export const validateEskizCallbackMessageStep = createStep(
  validateEskizCallbackMessageStepId,
  async (input: ValidateEskizCallbackMessageInput, { container }) => {
    const eskiz: EskizModuleService = container.resolve(ESKIZ_MODULE)
    const notification = input.notification
    if (
      !notification ||
      notification.provider_id !== eskiz.getProviderId() ||
      notification.external_id !== input.external_id
    ) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Notification ${notification?.id ?? "(unknown)"} was not sent as ${input.external_id}.`
      )
    }
  }
)
