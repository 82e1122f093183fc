import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ReviewEvents } from "../modules/reviews/events"
import { reviewTemplates } from "../notifications/templates"
import {
  NOTIFICATION_REQUESTED_EVENT,
  type NotificationRequest,
} from "../notifications/types"

/**
 * Asks for the author to be told when the merchant approves or answers their
 * review (`notification.requested`, handled by a notifications plugin when
 * one is installed). Keys are per review, so a repeated event (or a second
 * reply edit) sends once.
 */
export default async function reviewNotifyCustomer({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; product_id: string; customer_id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "title"],
    filters: { id: data.product_id },
  })
  const kind =
    name === ReviewEvents.APPROVED ? "review_approved" : "review_replied"
  const request: NotificationRequest = {
    kind,
    audience: "customer",
    event_name: name,
    customer_id: data.customer_id,
    resource_type: "review",
    resource_id: data.id,
    source_id: data.id,
    variables: {
      product_title: (products[0] as { title?: string })?.title ?? "",
    },
    templates: reviewTemplates(kind),
  }
  await container
    .resolve(Modules.EVENT_BUS)
    .emit({ name: NOTIFICATION_REQUESTED_EVENT, data: request })
}

export const config: SubscriberConfig = {
  event: [ReviewEvents.APPROVED, ReviewEvents.REPLIED],
  context: { subscriberId: "reviews-notify-customer" },
}
