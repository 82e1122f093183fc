import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { validateNotificationTemplateStep } from "./steps/validate-notification-template"
import {
  NotificationTemplateInput,
  upsertNotificationTemplateStep,
} from "./steps/upsert-notification-template"

export const upsertNotificationTemplateWorkflowId =
  "notifications-upsert-notification-template"

export const NOTIFICATION_TEMPLATE_FIELDS = [
  "id",
  "event",
  "channel",
  "locale",
  "subject",
  "body",
  "html",
  "created_at",
  "updated_at",
]

/** Creates or replaces a merchant's override of a notification template. */
export const upsertNotificationTemplateWorkflow = createWorkflow(
  upsertNotificationTemplateWorkflowId,
  (input: NotificationTemplateInput) => {
    validateNotificationTemplateStep(input)
    const template = upsertNotificationTemplateStep(input)
    const { data } = useQueryGraphStep({
      entity: "notification_template",
      fields: NOTIFICATION_TEMPLATE_FIELDS,
      filters: { id: template.id },
    }).config({ name: "refetch-notification-template" })
    return new WorkflowResponse(transform({ data }, ({ data }) => data[0]))
  }
)
