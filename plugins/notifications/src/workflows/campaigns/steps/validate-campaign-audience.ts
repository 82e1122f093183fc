import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreateCampaignInput } from "../types"

export const validateCampaignAudienceStepId =
  "notifications-validate-campaign-audience-step"

/** A group audience needs an existing customer group; every channel needs its texts in uz, ru and en. */
export const validateCampaignAudienceStep = createStep(
  validateCampaignAudienceStepId,
  async (input: CreateCampaignInput, { container }) => {
    if (input.audience === "customer_group") {
      if (!input.customer_group_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "A customer_group campaign needs customer_group_id."
        )
      }
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "customer_group",
        fields: ["id"],
        filters: { id: input.customer_group_id },
      })
      if (!data.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Customer group with id ${input.customer_group_id} was not found.`
        )
      }
    }
    for (const channel of input.channels) {
      if (!input.messages[channel]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `The campaign is sent by ${channel} but has no ${channel} message.`
        )
      }
    }
    return new StepResponse(true)
  }
)
