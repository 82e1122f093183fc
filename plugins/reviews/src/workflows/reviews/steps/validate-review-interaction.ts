import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateReviewInteractionStepId =
  "reviews-validate-review-interaction-step"

export type ValidateReviewInteractionStepInput = {
  review: { id: string; status?: string | null; customer_id?: string | null }
  customer_id: string
  /** Votes on one's own review are refused; reports are not. */
  allow_own: boolean
}

/**
 * Votes and reports apply to published (approved) reviews only: others are
 * NOT_FOUND, as on the storefront. Voting on one's own review is NOT_ALLOWED.
 */
export const validateReviewInteractionStep = createStep(
  validateReviewInteractionStepId,
  async (input: ValidateReviewInteractionStepInput) => {
    if (input.review.status !== "approved") {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Review with id: ${input.review.id} was not found`
      )
    }
    if (!input.allow_own && input.review.customer_id === input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Customer ${input.customer_id} cannot vote on their own review ${input.review.id}.`
      )
    }
  }
)
