import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { reviewDriverWorkflow } from "../../../../../workflows/drivers/review-driver"
import { driverDetail } from "../../../../views"
import type { AdminReviewDriverType } from "../../validators"

/** POST /admin/drivers/:id/review — approve, or reject with a reason; the driver is told. */
export async function POST(
  req: AuthenticatedMedusaRequest<AdminReviewDriverType>,
  res: MedusaResponse
) {
  await reviewDriverWorkflow(req.scope).run({
    input: {
      driver_id: req.params.id,
      decision: req.validatedBody.decision,
      reason: req.validatedBody.reason ?? null,
      user_id: req.auth_context.actor_id,
    },
  })
  res.json({ driver: await driverDetail(req.scope, req.params.id) })
}
