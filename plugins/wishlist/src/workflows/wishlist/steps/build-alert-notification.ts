import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WISHLIST_MODULE } from "../../../modules/wishlist"
import type WishlistModuleService from "../../../modules/wishlist/service"
import { WishlistEvents } from "../../../modules/wishlist/events"
import type { PrepareCustomerNotificationsInput } from "../../notifications/steps/prepare-customer-notifications"

export const buildAlertNotificationStepId =
  "wishlist-build-alert-notification-step"

/** The message an alert sends: product title and, for a drop, old and new price. */
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
    const input: PrepareCustomerNotificationsInput = {
      kind:
        alert.kind === "price_drop"
          ? "wishlist_price_drop"
          : "wishlist_back_in_stock",
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
              price: { amount: alert.price, currency_code: currency },
              old_price: {
                amount: alert.previous_price,
                currency_code: currency,
              },
            }
          : undefined,
    }
    return new StepResponse({
      notification: input,
      notified: !!alert.notified_at,
    })
  }
)
