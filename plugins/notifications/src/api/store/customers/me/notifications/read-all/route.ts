import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { markAllNotificationsReadWorkflow } from "../../../../../../workflows/inbox/mark-all-notifications-read"
import { inboxPage } from "../inbox"

/** `POST /store/customers/me/notifications/read-all`: everything in the inbox until now is read. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await markAllNotificationsReadWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, before: new Date() },
  })
  res.json(
    await inboxPage(req.scope, req.auth_context.actor_id, {
      offset: 0,
      limit: 20,
    })
  )
}
