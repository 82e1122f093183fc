import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../modules/wishlist"
import type WishlistModuleService from "../modules/wishlist/service"
import { checkWishlistAlertsWorkflow } from "../workflows/wishlist/check-wishlist-alerts"
import { sendWishlistAlertWorkflow } from "../workflows/wishlist/send-wishlist-alert"

// An alert whose event was lost (a crash between decision and delivery) is
// sent by the next run once it is this old.
const UNSENT_AFTER_MS = 10 * 60 * 1000

export const WISHLIST_CHECK_BATCH = 500

/**
 * The safety net behind price and inventory events: every watched item is
 * checked, batch by batch (keyset pagination on id, never all at once).
 */
export default async function wishlistCheckAlerts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
  let after = ""
  let checked = 0
  let alerts = 0
  let failed = 0
  for (;;) {
    const batch = await service.listWishlistItems(
      {
        id: { $gt: after },
        $or: [{ price_drop_alert: true }, { back_in_stock_alert: true }],
      },
      { select: ["id"], order: { id: "ASC" }, take: WISHLIST_CHECK_BATCH }
    )
    if (!batch.length) break
    after = batch[batch.length - 1].id
    try {
      const { result } = await checkWishlistAlertsWorkflow(container).run({
        input: { item_ids: batch.map((i) => i.id) },
      })
      alerts += result.length
    } catch (e) {
      failed += batch.length
      logger.error(
        `[wishlist] alert check failed for a batch ending at ${after}: ${(e as Error).message}`
      )
    }
    checked += batch.length
  }
  logger.info(
    `[wishlist] checked ${checked} watched items, ${alerts} alerts, ${failed} failed`
  )
  return { checked, alerts, failed }
}

export const config = {
  name: "wishlist-check-alerts",
  schedule: "17 * * * *",
}
