import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { DeliveryEvents } from "../modules/delivery/events"
import {
  DELIVERY_NOTIFICATION_TEMPLATES,
  type DeliveryNotificationKind,
} from "../notifications/templates"
import {
  NOTIFICATION_REQUESTED,
  type NotificationRequest,
} from "../notifications/types"

type Data = {
  id: string
  driver_id?: string | null
  to?: string
  reason?: string | null
}

/**
 * Tells the customer who brings the order and when a delivery failed,
 * through `notification.requested` (Bozor's notifications plugin sends it;
 * without it nothing happens). Keys per delivery (and driver), so a
 * repeated event sends nothing twice.
 */
export default async function deliveryNotifyCustomer({
  event: { name, data },
  container,
}: SubscriberArgs<Data>) {
  let kind: DeliveryNotificationKind | null = null
  if (name === DeliveryEvents.DELIVERY_ASSIGNED)
    kind = "delivery_courier_assigned"
  if (name === DeliveryEvents.DELIVERY_STATUS_CHANGED && data.to === "failed") {
    kind = "delivery_failed"
  }
  if (!kind) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: deliveries } = await query.graph({
    entity: "delivery",
    fields: ["id", "order_id", "driver_id"],
    filters: { id: data.id },
  })
  const delivery = deliveries[0]
  if (!delivery) return
  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "customer_id"],
    filters: { id: delivery.order_id },
  })
  const order = orders[0]
  if (!order?.customer_id) return
  let driverName = ""
  if (delivery.driver_id) {
    const { data: drivers } = await query.graph({
      entity: "driver",
      fields: ["first_name"],
      filters: { id: delivery.driver_id },
    })
    driverName = drivers[0]?.first_name ?? ""
  }
  const request: NotificationRequest = {
    kind,
    audience: "customer",
    customer_id: order.customer_id,
    event_name: name,
    resource_type: "delivery",
    resource_id: delivery.id,
    source_id:
      kind === "delivery_courier_assigned"
        ? `${delivery.id}:${delivery.driver_id}`
        : delivery.id,
    variables: {
      order_number: String(order.display_id ?? ""),
      driver_name: driverName,
      reason: (data.reason ?? "").slice(0, 500),
    },
    templates: DELIVERY_NOTIFICATION_TEMPLATES[kind],
  }
  await container
    .resolve(Modules.EVENT_BUS)
    .emit({ name: NOTIFICATION_REQUESTED, data: request })
}

export const config: SubscriberConfig = {
  event: [
    DeliveryEvents.DELIVERY_ASSIGNED,
    DeliveryEvents.DELIVERY_STATUS_CHANGED,
  ],
  context: { subscriberId: "delivery-notify-customer" },
}
