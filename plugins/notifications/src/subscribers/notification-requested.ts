import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendRequestedNotificationWorkflow } from "../workflows/notifications/send-requested-notification"
import { scheduleNotificationWorkflow } from "../workflows/scheduling/schedule-notification"
import {
  NOTIFICATION_REQUESTED_EVENT,
  NotificationRequestSchema,
} from "../types/notification-request"

/**
 * Sends what a capability asked for through `notification.requested`: its
 * own default texts, a merchant override when there is one, the customer's
 * preferences respected; once per `<kind>:<source_id>:<channel>`. A payload
 * that breaks the contract is logged and dropped (a retry would fail alike).
 */
export default async function notificationRequestedHandler({
  event: { data },
  container,
}: SubscriberArgs<unknown>) {
  const parsed = NotificationRequestSchema.safeParse(data)
  if (!parsed.success) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const kind =
      data && typeof data === "object" && "kind" in data
        ? String((data as { kind: unknown }).kind).slice(0, 64)
        : "?"
    logger.warn(
      `[notifications] Dropped a ${NOTIFICATION_REQUESTED_EVENT} event (kind ${kind}): ${parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join(".") || "payload"}: ${i.message}`)
        .join("; ")}`
    )
    return
  }
  if (parsed.data.send_at && Date.parse(parsed.data.send_at) > Date.now()) {
    await scheduleNotificationWorkflow(container).run({ input: parsed.data })
    return
  }
  await sendRequestedNotificationWorkflow(container).run({
    input: parsed.data,
  })
}

export const config: SubscriberConfig = {
  event: NOTIFICATION_REQUESTED_EVENT,
  context: { subscriberId: "notifications-send-requested" },
}
