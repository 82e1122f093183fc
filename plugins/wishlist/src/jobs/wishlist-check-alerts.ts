import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../modules/wishlist"
import type WishlistModuleService from "../modules/wishlist/service"
import { checkWishlistAlertsWorkflow } from "../workflows/wishlist/check-wishlist-alerts"
import { sendWishlistAlertWorkflow } from "../workflows/wishlist/send-wishlist-alert"

export const WISHLIST_CHECK_BATCH = 500

/**
 * An alert still unsent this long after it was decided lost its event (a
 * crash between the decision and delivery, or a failed send that was rolled
 * back): the next run sends it. Younger ones are left to their event.
 */
export const WISHLIST_UNSENT_AFTER_MS = 10 * 60 * 1000

/**
 * An alert unsent for this long is stale (the price may have moved again
 * since): it is no longer sent.
 */
export const WISHLIST_UNSENT_MAX_AGE_MS = 24 * 60 * 60 * 1000

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
  const resend = await resendLostAlerts(container)
  failed += resend.failed
  logger.info(
    `[wishlist] checked ${checked} watched items, ${alerts} alerts, ${resend.resent} lost alerts resent, ${failed} failed`
  )
  return { checked, alerts, resent: resend.resent, failed }
}

/**
 * Sends the alerts whose delivery was lost: not marked notified, decided
 * between {@link WISHLIST_UNSENT_MAX_AGE_MS} and {@link WISHLIST_UNSENT_AFTER_MS}
 * ago. Sending stamps `notified_at`, so an alert is resent once; the
 * notification keys (`wishlist-price-drop:<alert id>:<channel>`) keep a late
 * original delivery from sending it twice.
 */
async function resendLostAlerts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
  const now = Date.now()
  let after = ""
  let resent = 0
  let failed = 0
  for (;;) {
    const batch = await service.listWishlistAlerts(
      {
        id: { $gt: after },
        notified_at: null,
        created_at: {
          $lt: new Date(now - WISHLIST_UNSENT_AFTER_MS),
          $gte: new Date(now - WISHLIST_UNSENT_MAX_AGE_MS),
        },
      },
      { select: ["id"], order: { id: "ASC" }, take: WISHLIST_CHECK_BATCH }
    )
    if (!batch.length) break
    after = batch[batch.length - 1].id
    for (const { id } of batch) {
      try {
        await sendWishlistAlertWorkflow(container).run({
          input: { alert_id: id },
        })
        resent++
      } catch (e) {
        failed++
        logger.error(
          `[wishlist] resending alert ${id} failed: ${(e as Error).message}`
        )
      }
    }
  }
  return { resent, failed }
}

export const config = {
  name: "wishlist-check-alerts",
  schedule: "17 * * * *",
}
