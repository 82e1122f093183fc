import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { addDisputeMessageWorkflow } from "../../../../../workflows/disputes/add-dispute-message"
import { refetchAdminDispute } from "../../helpers"
import type { AdminAddDisputeMessageType } from "../../validators"

/** `POST /admin/disputes/:id/messages`: a public answer or an internal note. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminAddDisputeMessageType>,
  res: MedusaResponse
) => {
  await addDisputeMessageWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      author_type: "merchant",
      author_id: req.auth_context.actor_id,
      visibility: req.validatedBody.visibility,
      body: req.validatedBody.body,
      evidence: req.validatedBody.evidence,
    },
  })
  res.json({ dispute: await refetchAdminDispute(req.scope, req.params.id) })
}
