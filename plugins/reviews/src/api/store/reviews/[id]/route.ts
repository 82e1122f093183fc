import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { editReviewWorkflow } from "../../../../workflows/reviews/edit-review"
import { STORE_OWN_REVIEW_FIELDS } from "../../products/[id]/reviews/query-config"
import type { StoreEditReviewType } from "../validators"

/** `POST /store/reviews/:id`: the author edits their review (back to pending unless auto-approval is on). */
export const POST = async (
  req: AuthenticatedMedusaRequest<StoreEditReviewType>,
  res: MedusaResponse
) => {
  await editReviewWorkflow(req.scope).run({
    input: {
      ...req.validatedBody,
      id: req.params.id,
      customer_id: req.auth_context.actor_id,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [review],
  } = await query.graph({
    entity: "review",
    fields: STORE_OWN_REVIEW_FIELDS,
    filters: { id: req.params.id },
  })
  res.json({ review })
}
