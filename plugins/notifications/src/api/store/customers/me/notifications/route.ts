import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { inboxPage } from "./inbox"
import type { StoreListInboxType } from "./validators"

/** `GET /store/customers/me/notifications`: the customer's inbox, newest first, with the unread count. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, StoreListInboxType>,
  res: MedusaResponse
) => {
  res.json(
    await inboxPage(req.scope, req.auth_context.actor_id, req.validatedQuery)
  )
}
