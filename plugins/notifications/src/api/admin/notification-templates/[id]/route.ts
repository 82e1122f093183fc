import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { deleteNotificationTemplateWorkflow } from "../../../../workflows/notifications/delete-notification-template"

/** `DELETE /admin/notification-templates/:id`: removes an override; the built-in template applies again. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteNotificationTemplateWorkflow(req.scope).run({
    input: { id: req.params.id },
  })
  res.json({
    id: req.params.id,
    object: "notification_template",
    deleted: true,
  })
}
