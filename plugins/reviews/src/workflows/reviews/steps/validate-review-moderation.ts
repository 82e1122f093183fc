import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateReviewModerationStepId =
  "reviews-validate-review-moderation-step"

export type ValidateReviewModerationStepInput = {
  status?: "approved" | "rejected"
  rejection_reason?: string | null
  reply?: string | null
}

/** A rejection needs a reason; an update must change something. */
export const validateReviewModerationStep = createStep(
  validateReviewModerationStepId,
  async (input: ValidateReviewModerationStepInput) => {
    if (input.status === "rejected" && !input.rejection_reason?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Rejecting a review needs a `rejection_reason`."
      )
    }
    if (input.status !== "rejected" && input.rejection_reason) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "`rejection_reason` is only allowed with status `rejected`."
      )
    }
    if (input.status === undefined && input.reply === undefined) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Nothing to update: give `status` and/or `reply`."
      )
    }
  }
)
