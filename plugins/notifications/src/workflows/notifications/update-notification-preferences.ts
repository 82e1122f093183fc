import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import {
  NotificationPreferenceValues,
  validateNotificationPreferencesStep,
} from "./steps/validate-notification-preferences"
import { upsertNotificationPreferenceStep } from "./steps/upsert-notification-preference"

export const updateNotificationPreferencesWorkflowId =
  "notifications-update-notification-preferences"

/** Defaults for a customer who never changed anything. */
export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferenceValues = {
  sms_transactional: true,
  sms_marketing: false,
  email_transactional: true,
  email_marketing: false,
  push_marketing: false,
}

export type UpdateNotificationPreferencesInput = {
  /** The authenticated customer (`auth_context.actor_id`); a customer only ever changes their own row. */
  customer_id: string
  update: Partial<NotificationPreferenceValues>
}

/** Updates the authenticated customer's notification opt-outs. */
export const updateNotificationPreferencesWorkflow = createWorkflow(
  updateNotificationPreferencesWorkflowId,
  (input: UpdateNotificationPreferencesInput) => {
    const { data: customers } = useQueryGraphStep({
      entity: "customer",
      fields: ["id", "email", "phone"],
      filters: { id: input.customer_id },
      options: { throwIfKeyNotFound: true },
    })
    const { data: existing } = useQueryGraphStep({
      entity: "notification_preference",
      fields: [
        "sms_transactional",
        "sms_marketing",
        "email_transactional",
        "email_marketing",
        "push_marketing",
      ],
      filters: { customer_id: input.customer_id },
    }).config({ name: "load-notification-preference" })
    const merged = transform({ input, existing }, ({ input, existing }) => {
      const current = existing[0]
      const base: NotificationPreferenceValues = current
        ? {
            sms_transactional: current.sms_transactional,
            sms_marketing: current.sms_marketing,
            email_transactional: current.email_transactional,
            email_marketing: current.email_marketing,
            push_marketing: current.push_marketing,
          }
        : DEFAULT_NOTIFICATION_PREFERENCES
      return { ...base, ...input.update }
    })
    const customer = transform({ customers }, ({ customers }) => customers[0])
    validateNotificationPreferencesStep({ customer, preferences: merged })
    const upsertInput = transform({ input, merged }, ({ input, merged }) => ({
      ...merged,
      customer_id: input.customer_id,
    }))
    upsertNotificationPreferenceStep(upsertInput)
    const { data } = useQueryGraphStep({
      entity: "notification_preference",
      fields: [
        "id",
        "customer_id",
        "sms_transactional",
        "sms_marketing",
        "email_transactional",
        "email_marketing",
        "push_marketing",
      ],
      filters: { customer_id: input.customer_id },
    }).config({ name: "refetch-notification-preference" })
    return new WorkflowResponse(transform({ data }, ({ data }) => data[0]))
  }
)
