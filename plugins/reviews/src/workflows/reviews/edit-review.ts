import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createReviewWorkflow } from "./create-review"
import { validateReviewOwnerStep } from "./steps/validate-review-owner"

export const editReviewWorkflowId = "reviews-edit-review"

export type EditReviewWorkflowInput = {
  id: string
  /** The authenticated customer; must own the review. */
  customer_id: string
  rating: number
  title?: string | null
  content: string
  media?: string[] | null
}

/** Edits a customer's own review by id (back to pending unless auto-approval is on). */
export const editReviewWorkflow = createWorkflow(
  editReviewWorkflowId,
  (input: EditReviewWorkflowInput) => {
    const { data: reviews } = useQueryGraphStep({
      entity: "review",
      fields: ["id", "product_id", "customer_id"],
      filters: { id: input.id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "reviews-load-review" })

    const review = transform({ reviews }, ({ reviews }) => reviews[0])
    validateReviewOwnerStep({ review, customer_id: input.customer_id })

    const writeInput = transform({ input, review }, ({ input, review }) => ({
      product_id: review.product_id as string,
      customer_id: input.customer_id,
      rating: input.rating,
      title: input.title,
      content: input.content,
      media: input.media,
    }))
    const result = createReviewWorkflow.runAsStep({ input: writeInput })

    return new WorkflowResponse(result)
  }
)
