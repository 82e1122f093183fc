import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateReviewProductStepId =
  "reviews-validate-review-product-step"

export type ValidateReviewProductStepInput = {
  product_id: string
  product?: { id: string; status?: string | null } | null
}

/** Throws NOT_FOUND unless the product exists and is published. */
export const validateReviewProductStep = createStep(
  validateReviewProductStepId,
  async (input: ValidateReviewProductStepInput) => {
    if (!input.product || input.product.status !== "published") {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product with id: ${input.product_id} was not found`
      )
    }
  }
)
