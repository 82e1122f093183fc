import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { markNotificationReadWorkflow } from "../../../../../../../workflows/inbox/mark-notification-read"
import { inboxPage } from "../../inbox"

/** `POST /store/customers/me/notifications/:id/read`: marks one message read; answers the first page. */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await markNotificationReadWorkflow(req.scope).run({
    input: { id: req.params.id, customer_id: req.auth_context.actor_id },
  })
  res.json(
    await inboxPage(req.scope, req.auth_context.actor_id, {
      offset: 0,
      limit: 20,
    })
  )
}
