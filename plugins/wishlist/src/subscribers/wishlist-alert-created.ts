import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { WishlistEvents } from "../modules/wishlist/events"
import { sendWishlistAlertWorkflow } from "../workflows/wishlist/send-wishlist-alert"

/** A price drop or restock was decided: tell the customer. */
export default async function wishlistAlertCreated({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await sendWishlistAlertWorkflow(container).run({
    input: { alert_id: data.id },
  })
}

export const config: SubscriberConfig = {
  event: WishlistEvents.ALERT_CREATED,
  context: { subscriberId: "wishlist-alert-created" },
}
