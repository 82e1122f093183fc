import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { deleteNotificationTemplateStep } from "./steps/delete-notification-template"

export const deleteNotificationTemplateWorkflowId =
  "notifications-delete-notification-template"

/** Removes a merchant's template override (the built-in template applies again). */
export const deleteNotificationTemplateWorkflow = createWorkflow(
  deleteNotificationTemplateWorkflowId,
  (input: { id: string }) => {
    useQueryGraphStep({
      entity: "notification_template",
      fields: ["id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    })
    const id = deleteNotificationTemplateStep(input.id)
    return new WorkflowResponse(id)
  }
)
