import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PricingEvents } from "@medusajs/framework/utils"
import { checkWishlistAlertsWorkflow } from "../workflows/wishlist/check-wishlist-alerts"
import { variantsOfPrices } from "../workflows/wishlist/utils/variants-of"

/** A price changed: check the wishlist items of its variants for a drop. */
export default async function wishlistPriceChanged({
  event: { data },
  container,
}: SubscriberArgs<{ id: string | string[] }>) {
  const variant_ids = await variantsOfPrices(container, data)
  if (variant_ids.length) {
    await checkWishlistAlertsWorkflow(container).run({ input: { variant_ids } })
  }
}

export const config: SubscriberConfig = {
  event: [PricingEvents.PRICE_CREATED, PricingEvents.PRICE_UPDATED],
  context: { subscriberId: "wishlist-price-changed" },
}
