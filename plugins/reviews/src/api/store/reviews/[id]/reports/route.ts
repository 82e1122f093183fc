import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reportReviewWorkflow } from "../../../../../workflows/reviews/report-review"
import type { StoreReportReviewType } from "../../validators"

/** `POST /store/reviews/:id/reports`: flags a review for the merchant (one report per customer). */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreReportReviewType>,
  res: MedusaResponse
) => {
  const { result } = await reportReviewWorkflow(req.scope).run({
    input: {
      review_id: req.params.id,
      customer_id: req.auth_context.actor_id,
      reason: req.validatedBody.reason,
    },
  })
  res.json({ report: { review_id: result.id, reported: result.reported } })
}
