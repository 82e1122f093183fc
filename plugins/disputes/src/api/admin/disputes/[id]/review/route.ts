import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { changeDisputeStatusWorkflow } from "../../../../../workflows/disputes/change-dispute-status"
import { refetchAdminDispute } from "../../helpers"
import type { AdminReviewDisputeType } from "../../validators"

/** `POST /admin/disputes/:id/review`: open → under_review. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReviewDisputeType>,
  res: MedusaResponse
) => {
  await changeDisputeStatusWorkflow(req.scope).run({
    input: {
      dispute_id: req.params.id,
      to: "under_review",
      actor: { type: "merchant", id: req.auth_context.actor_id },
      note: req.validatedBody.note,
    },
  })
  res.json({ dispute: await refetchAdminDispute(req.scope, req.params.id) })
}
