import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const sendLoginCodeStepId = "delivery-send-login-code-step"

/**
 * Sends the code by SMS through Medusa's Notification Module (channel
 * `sms`: the Eskiz provider when installed). Irreversible: runs last. No
 * SMS provider → NOT_ALLOWED (the code is compensated away).
 */
export const sendLoginCodeStep = createStep(
  sendLoginCodeStepId,
  async (
    input: { phone: string; code: string; driver_id: string },
    { container }
  ) => {
    const notifications = container.resolve(Modules.NOTIFICATION)
    try {
      const [sent] = await notifications.createNotifications([
        {
          to: input.phone,
          channel: "sms",
          template: "driver_login_code",
          content: { text: `Bozor kuryer: kirish kodi ${input.code}` },
          trigger_type: "driver.login_code_requested",
          resource_type: "driver",
          resource_id: input.driver_id,
        },
      ])
      return new StepResponse({ id: sent?.id ?? null })
    } catch (e) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `SMS login is not available: ${(e as Error).message}`
      )
    }
  }
)
