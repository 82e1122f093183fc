import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { refetchAdminDispute } from "../helpers"

/** `GET /admin/disputes/:id`: with order, payments, messages and history. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ dispute: await refetchAdminDispute(req.scope, req.params.id) })
}
