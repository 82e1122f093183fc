import type { LoaderOptions } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { ReviewsModuleOptions } from "../types"

/** Refuses to start with malformed reviews options. */
export function validateReviewsOptions(options: ReviewsModuleOptions = {}) {
  const { autoApprove, rateLimitMax, rateLimitWindowSeconds } = options
  if (autoApprove !== undefined && typeof autoApprove !== "boolean") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Option `autoApprove` of the reviews module must be a boolean."
    )
  }
  if (
    rateLimitMax !== undefined &&
    (!Number.isInteger(rateLimitMax) || rateLimitMax < 0)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`rateLimitMax\` of the reviews module must be an integer >= 0 (got ${rateLimitMax}).`
    )
  }
  if (
    rateLimitWindowSeconds !== undefined &&
    (!Number.isInteger(rateLimitWindowSeconds) || rateLimitWindowSeconds < 1)
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Option \`rateLimitWindowSeconds\` of the reviews module must be an integer >= 1 (got ${rateLimitWindowSeconds}).`
    )
  }
}

export default async function validateOptionsLoader({
  options,
}: LoaderOptions<ReviewsModuleOptions>) {
  validateReviewsOptions(options ?? {})
}
