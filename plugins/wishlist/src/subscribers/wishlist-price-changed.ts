import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PricingEvents } from "@medusajs/framework/utils"
import { variantsOfPrices } from "../workflows/wishlist/utils/variants-of"
import { checkAlertsOfVariants } from "../workflows/wishlist/utils/check-alerts-of-variants"

/** A price changed: check the wishlist items of its variants for a drop. */
export default async function wishlistPriceChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const variant_ids = await variantsOfPrices(container, data)
  await checkAlertsOfVariants(container, variant_ids)
}

export const config: SubscriberConfig = {
  event: [PricingEvents.PRICE_CREATED, PricingEvents.PRICE_UPDATED],
  context: { subscriberId: "wishlist-price-changed" },
}
