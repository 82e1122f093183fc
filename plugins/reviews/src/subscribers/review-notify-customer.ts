import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ReviewEvents } from "../modules/reviews/events"
import { sendCustomerNotificationsWorkflow } from "../workflows/notifications/send-customer-notifications"

/**
 * Tells the author when the merchant approves or answers their review. Keys
 * are per review, so a repeated event (or a second reply edit) sends once.
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
  await sendCustomerNotificationsWorkflow(container).run({
    input: {
      kind:
        name === ReviewEvents.APPROVED ? "review_approved" : "review_replied",
      event_name: name,
      customer_id: data.customer_id,
      resource_type: "review",
      resource_id: data.id,
      source_id: data.id,
      variables: {
        product_title: (products[0] as { title?: string })?.title ?? "",
      },
    },
  })
}

export const config: SubscriberConfig = {
  event: [ReviewEvents.APPROVED, ReviewEvents.REPLIED],
  context: { subscriberId: "reviews-notify-customer" },
}
