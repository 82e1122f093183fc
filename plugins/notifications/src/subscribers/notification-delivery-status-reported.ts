import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { recordDeliveryStatusWorkflow } from "../workflows/notifications/record-delivery-status"
import {
  NOTIFICATION_DELIVERY_STATUS_REPORTED_EVENT,
  NotificationDeliveryStatusReportSchema,
} from "../types/delivery-status"

/**
 * Records what a provider plugin (Eskiz…) reports about a sent message on
 * its delivery record. A payload that breaks the contract, or a report about
 * a message this store never sent, is logged and dropped.
 */
export default async function notificationDeliveryStatusReportedHandler({
  event: { data },
  container,
}: SubscriberArgs<unknown>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const parsed = NotificationDeliveryStatusReportSchema.safeParse(data)
  if (!parsed.success) {
    logger.warn(
      `[notifications] Dropped a ${NOTIFICATION_DELIVERY_STATUS_REPORTED_EVENT} event: ${parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join(".") || "payload"}: ${i.message}`)
        .join("; ")}`
    )
    return
  }
  const report = parsed.data
  try {
    await recordDeliveryStatusWorkflow(container).run({ input: report })
  } catch (e) {
    if (
      MedusaError.isMedusaError(e) &&
      (e as MedusaError).type === MedusaError.Types.NOT_FOUND
    ) {
      logger.warn(
        `[notifications] Dropped a ${report.provider} delivery status for unknown message ${report.external_id}: ${(e as Error).message}`
      )
      return
    }
    throw e
  }
  if (report.reason) {
    logger.info(
      `[notifications] ${report.provider} message ${report.external_id} ${report.status}: ${report.reason}`
    )
  }
}

export const config: SubscriberConfig = {
  event: NOTIFICATION_DELIVERY_STATUS_REPORTED_EVENT,
  context: { subscriberId: "notifications-record-delivery-status" },
}
