import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateReviewOwnerStepId = "reviews-validate-review-owner-step"

export type ValidateReviewOwnerStepInput = {
  review: { id: string; customer_id?: string | null }
  customer_id: string
}

/** Throws FORBIDDEN (403) unless the review belongs to the customer. */
export const validateReviewOwnerStep = createStep(
  validateReviewOwnerStepId,
  async (input: ValidateReviewOwnerStepInput) => {
    if (input.review.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Review ${input.review.id} belongs to another customer.`
      )
    }
  }
)
