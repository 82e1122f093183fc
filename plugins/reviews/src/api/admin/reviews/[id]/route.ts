import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteReviewsWorkflow } from "../../../../workflows/reviews/delete-reviews"
import { REVIEW_ALL_FIELDS } from "../../../../workflows/reviews/fields"
import { updateReviewsWorkflow } from "../../../../workflows/reviews/update-reviews"
import type { AdminUpdateReviewType } from "../validators"

/** `GET /admin/reviews/:id`: one review. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [review],
  } = await query.graph(
    {
      entity: "review",
      fields: REVIEW_ALL_FIELDS,
      filters: { id: req.params.id },
    },
    { throwIfKeyNotFound: true }
  )
  res.json({ review })
}

/** `POST /admin/reviews/:id`: approve, reject with a reason, and/or reply. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateReviewType>,
  res: MedusaResponse
) => {
  const { result } = await updateReviewsWorkflow(req.scope).run({
    input: { ...req.validatedBody, ids: [req.params.id] },
  })
  res.json({ review: result[0] })
}

/** `DELETE /admin/reviews/:id`: deletes a review; its product's stats follow. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  await deleteReviewsWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "review", deleted: true })
}
