import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { NOTIFICATION_TEMPLATES_MODULE } from "../../../modules/notification-templates"
import type NotificationTemplatesModuleService from "../../../modules/notification-templates/service"

export const validateInboxNotificationStepId =
  "notifications-validate-inbox-notification-step"

/**
 * The notification must be in the customer's own inbox (the inbox channel,
 * `receiver_id` the customer). Anyone else's is "not found".
 */
export const validateInboxNotificationStep = createStep(
  validateInboxNotificationStepId,
  async (input: { id: string; customer_id: string }, { container }) => {
    const templates: NotificationTemplatesModuleService = container.resolve(
      NOTIFICATION_TEMPLATES_MODULE
    )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [notification],
    } = await query.graph({
      entity: "notification",
      fields: ["id", "created_at"],
      filters: {
        id: input.id,
        receiver_id: input.customer_id,
        channel: templates.getInboxReadChannel(),
      },
    })
    if (!notification) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Notification with id ${input.id} was not found.`
      )
    }
    return new StepResponse({
      id: notification.id,
      created_at: notification.created_at as Date,
    })
  }
)
