import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

export const validateVariantInChannelStepId =
  "wishlist-validate-variant-in-channel-step"

/** Refuses a variant whose product is not sold in the wishlist's sales channel. */
export const validateVariantInChannelStep = createStep(
  validateVariantInChannelStepId,
  async (input: {
    variant: {
      id: string
      product?: { sales_channels?: ({ id: string } | null)[] | null } | null
    }
    sales_channel_id: string
  }) => {
    const channels = (input.variant.product?.sales_channels ?? []).map(
      (c) => c?.id
    )
    if (!channels.includes(input.sales_channel_id)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${input.variant.id} is not sold in sales channel ${input.sales_channel_id}.`
      )
    }
  }
)
