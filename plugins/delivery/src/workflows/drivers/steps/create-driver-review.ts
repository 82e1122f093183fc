import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { deliveryService } from "../../service"

export const createDriverReviewStepId = "delivery-create-driver-review-step"

export type CreateDriverReviewStepInput = {
  driver_id: string
  from_status: string
  to_status: string
  reason?: string | null
  actor_type: "driver" | "user" | "system"
  actor_id?: string | null
}

/** Records one onboarding step in the driver's history. */
export const createDriverReviewStep = createStep(
  createDriverReviewStepId,
  async (input: CreateDriverReviewStepInput, { container }) => {
    const review = await deliveryService(container).createDriverReviews(input)
    return new StepResponse(review, review.id)
  },
  async (id, { container }) => {
    if (!id) return
    await deliveryService(container).deleteDriverReviews(id)
  }
)
