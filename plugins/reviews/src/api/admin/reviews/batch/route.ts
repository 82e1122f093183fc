import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { updateReviewsWorkflow } from "../../../../workflows/reviews/update-reviews"
import type { AdminBatchReviewsType } from "../validators"

/** `POST /admin/reviews/batch`: approves or rejects many reviews at once (all or none). */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminBatchReviewsType>,
  res: MedusaResponse
) => {
  const { result } = await updateReviewsWorkflow(req.scope).run({
    input: {
      ids: [...new Set(req.validatedBody.ids)],
      status: req.validatedBody.status,
      rejection_reason: req.validatedBody.rejection_reason,
    },
  })
  res.json({ reviews: result })
}
