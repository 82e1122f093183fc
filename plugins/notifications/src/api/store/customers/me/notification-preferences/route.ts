import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  updateNotificationPreferencesWorkflow,
} from "../../../../../workflows/notifications/update-notification-preferences"
import type { StoreUpdateNotificationPreferencesType } from "./validators"

/** `GET /store/customers/me/notification-preferences`: the customer's opt-outs (defaults when never set). */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const customerId = req.auth_context.actor_id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification_preference",
    fields: [
      "sms_transactional",
      "sms_marketing",
      "email_transactional",
      "email_marketing",
      "push_marketing",
    ],
    filters: { customer_id: customerId },
  })
  const row = data[0]
  res.json({
    notification_preferences: {
      customer_id: customerId,
      ...DEFAULT_NOTIFICATION_PREFERENCES,
      ...(row
        ? {
            sms_transactional: row.sms_transactional,
            sms_marketing: row.sms_marketing,
            email_transactional: row.email_transactional,
            email_marketing: row.email_marketing,
            push_marketing: row.push_marketing,
          }
        : {}),
    },
  })
}

/** `POST /store/customers/me/notification-preferences`: changes the authenticated customer's opt-outs. */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreUpdateNotificationPreferencesType>,
  res: MedusaResponse
) => {
  const { result } = await updateNotificationPreferencesWorkflow(req.scope).run(
    {
      input: {
        customer_id: req.auth_context.actor_id,
        update: req.validatedBody,
      },
    }
  )
  res.json({
    notification_preferences: {
      customer_id: result.customer_id,
      sms_transactional: result.sms_transactional,
      sms_marketing: result.sms_marketing,
      email_transactional: result.email_transactional,
      email_marketing: result.email_marketing,
      push_marketing: result.push_marketing,
    },
  })
}
