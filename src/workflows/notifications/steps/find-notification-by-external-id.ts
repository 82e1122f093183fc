import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

export const findNotificationByExternalIdStepId =
  "notifications-find-notification-by-external-id-step"

/** Loads the notification a provider callback is about; NOT_FOUND when no sent message matches. */
export const findNotificationByExternalIdStep = createStep(
  findNotificationByExternalIdStepId,
  async (input: { external_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "notification",
      fields: ["id", "status", "channel", "external_id"],
      filters: { external_id: input.external_id },
    })
    const notification = data[0]
    if (!notification) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No notification was sent with external id ${input.external_id}.`
      )
    }
    return new StepResponse({ id: notification.id as string })
  }
)
