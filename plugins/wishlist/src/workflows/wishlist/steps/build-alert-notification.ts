import {
  BigNumber,
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import { WishlistEvents } from "../../../modules/wishlist/events"
import { wishlistTemplates } from "../../../notifications/templates"
import type { NotificationRequest } from "../../../notifications/types"

export const buildAlertNotificationStepId =
  "wishlist-build-alert-notification-step"

/**
 * The `notification.requested` payload of an alert: product title, for a
 * drop the old and new price, and the wishlist's own default texts.
 */
export const buildAlertNotificationStep = createStep(
  buildAlertNotificationStepId,
  async ({ alert_id }: { alert_id: string }, { container }) => {
    const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
    const [alert] = await service.listWishlistAlerts({ id: alert_id })
    if (!alert) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Wishlist alert with id ${alert_id} was not found.`
      )
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.title"],
      filters: { id: alert.product_variant_id },
    })
    const title = (variants[0] as any)?.product?.title ?? ""
    const currency = alert.currency_code ?? "uzs"
    const kind =
      alert.kind === "price_drop"
        ? "wishlist_price_drop"
        : "wishlist_back_in_stock"
    const notification: NotificationRequest = {
      kind,
      audience: "customer",
      event_name: WishlistEvents.ALERT_CREATED,
      customer_id: alert.customer_id,
      resource_type: "wishlist_item",
      resource_id: alert.item_id,
      source_id: alert.id,
      variables: { product_title: title },
      money:
        alert.kind === "price_drop" &&
        alert.price !== null &&
        alert.previous_price !== null
          ? {
              price: {
                amount: new BigNumber(alert.price).numeric,
                currency_code: currency,
              },
              old_price: {
                amount: new BigNumber(alert.previous_price).numeric,
                currency_code: currency,
              },
            }
          : undefined,
      templates: wishlistTemplates(kind),
    }
    return new StepResponse({
      notification,
      notified: !!alert.notified_at,
    })
  }
)
