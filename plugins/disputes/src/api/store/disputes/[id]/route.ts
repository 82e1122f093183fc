import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchStoreDispute } from "../helpers"

/** `GET /store/disputes/:id`: the customer's own dispute, with public messages and history. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const dispute = await refetchStoreDispute(
    req.scope,
    req.params.id,
    req.auth_context.actor_id
  )
  res.json({ dispute })
}
