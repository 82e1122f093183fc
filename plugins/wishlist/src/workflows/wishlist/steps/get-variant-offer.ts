import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { customerGroupIds, loadVariantOffers } from "../utils/variant-offers"

export const getVariantOfferStepId = "wishlist-get-variant-offer-step"

/**
 * The variant's price and stock now, as the customer sees it on the product
 * page: in the given region's currency (else the store's default currency),
 * with the customer's groups, so group price lists apply. Becomes the item's
 * "price when added".
 */
export const getVariantOfferStep = createStep(
  getVariantOfferStepId,
  async (
    input: {
      variant_id: string
      customer_id: string
      region_id?: string | null
      sales_channel_id: string
    },
    { container }
  ) => {
    let currency_code: string
    if (input.region_id) {
      const regions = await container
        .resolve(Modules.REGION)
        .listRegions({ id: input.region_id })
      if (!regions.length) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Region with id ${input.region_id} was not found.`
        )
      }
      currency_code = regions[0].currency_code
    } else {
      const [store] = await container
        .resolve(Modules.STORE)
        .listStores({}, { relations: ["supported_currencies"] })
      currency_code =
        store.supported_currencies?.find((c) => c.is_default)?.currency_code ??
        "uzs"
    }
    const groups = await customerGroupIds(container, [input.customer_id])
    const offers = await loadVariantOffers(container, [input.variant_id], {
      region_id: input.region_id,
      currency_code,
      customer_group_ids: groups.get(input.customer_id) ?? [],
      sales_channel_id: input.sales_channel_id,
    })
    const offer = offers.get(input.variant_id)!
    return new StepResponse({ ...offer, region_id: input.region_id ?? null })
  }
)
