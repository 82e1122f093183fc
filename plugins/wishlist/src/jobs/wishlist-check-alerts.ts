import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../modules/wishlist"
import type WishlistModuleService from "../modules/wishlist/service"
import { checkWishlistAlertsWorkflow } from "../workflows/wishlist/check-wishlist-alerts"
import { sendWishlistAlertWorkflow } from "../workflows/wishlist/send-wishlist-alert"
import { alertKeyPrefix } from "../notifications/templates"
import {
  WISHLIST_CHECK_BATCH,
  watchedItemBatches,
} from "../workflows/wishlist/utils/watched-item-batches"

export { WISHLIST_CHECK_BATCH }

/**
 * An alert with no message recorded this long after it was decided lost its
 * event or its notification request (a crash between the decision and
 * delivery, a failed handler): the next run sends it. Younger ones are left
 * to their events.
 */
export const WISHLIST_UNSENT_AFTER_MS = 10 * 60 * 1000

/**
 * An alert unsent for this long is stale (the price may have moved again
 * since): it is no longer sent.
 */
export const WISHLIST_UNSENT_MAX_AGE_MS = 24 * 60 * 60 * 1000

/**
 * The safety net behind price and inventory events: every watched item is
 * checked, batch by batch (keyset pagination, one page in memory at a time).
 */
export default async function wishlistCheckAlerts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
  let checked = 0
  let alerts = 0
  let failed = 0
  for await (const batch of watchedItemBatches(service)) {
    try {
      const { result } = await checkWishlistAlertsWorkflow(container).run({
        input: { item_ids: batch.map((i) => i.id) },
      })
      alerts += result.length
    } catch (e) {
      failed += batch.length
      logger.error(
        `[wishlist] alert check failed for a batch ending at ${batch[batch.length - 1].id}: ${(e as Error).message}`
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
 * Sends again the alerts whose delivery was lost, decided between
 * {@link WISHLIST_UNSENT_MAX_AGE_MS} and {@link WISHLIST_UNSENT_AFTER_MS} ago:
 * those with no message recorded in Medusa's notification module (no row
 * keyed `wishlist-price-drop:<alert id>:<channel>`), because either their
 * `wishlist.alert_created` event was lost (never stamped `notified_at`) or the
 * `notification.requested` it emitted was (stamped, nothing sent). Each alert
 * is resent at most once: a resend stamps `notified_at` later than
 * {@link WISHLIST_UNSENT_AFTER_MS} after the decision, which marks it as
 * resent; the notification keys keep a late original delivery from sending
 * it twice.
 */
async function resendLostAlerts(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = Date.now()
  let after = ""
  let resent = 0
  let failed = 0
  for (;;) {
    const batch = await service.listWishlistAlerts(
      {
        id: { $gt: after },
        created_at: {
          $lt: new Date(now - WISHLIST_UNSENT_AFTER_MS),
          $gte: new Date(now - WISHLIST_UNSENT_MAX_AGE_MS),
        },
      },
      {
        select: ["id", "kind", "created_at", "notified_at"],
        order: { id: "ASC" },
        take: WISHLIST_CHECK_BATCH,
      }
    )
    if (!batch.length) break
    after = batch[batch.length - 1].id
    const candidates = batch.filter(
      (a) =>
        !a.notified_at ||
        new Date(a.notified_at).getTime() - new Date(a.created_at).getTime() <
          WISHLIST_UNSENT_AFTER_MS
    )
    const prefixes = new Map(
      candidates.map((a) => [
        a.id,
        alertKeyPrefix(
          a.kind === "price_drop"
            ? "wishlist_price_drop"
            : "wishlist_back_in_stock",
          a.id
        ),
      ])
    )
    // Medusa's own notification rows (core module, whichever plugin sent them).
    const { data: delivered } = prefixes.size
      ? await query.graph({
          entity: "notification",
          fields: ["idempotency_key"],
          filters: {
            $or: [...prefixes.values()].map((prefix) => ({
              idempotency_key: { $like: `${prefix}%` },
            })),
          },
        })
      : { data: [] }
    const deliveredKeys = delivered.map(
      (n: { idempotency_key?: string | null }) => n.idempotency_key ?? ""
    )
    for (const [id, prefix] of prefixes) {
      if (deliveredKeys.some((key) => key.startsWith(prefix))) {
        continue
      }
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
