import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryFailedNotificationsWorkflow } from "../workflows/notifications/retry-failed-notifications"
import { NOTIFICATION_DELIVERY_MODULE } from "../modules/notification-delivery"
import type NotificationDeliveryModuleService from "../modules/notification-delivery/service"

/** Failed notifications handled per run. */
const BATCH_SIZE = 100

/**
 * Resends failed notifications that are due, with the plugin's retry options
 * (by default 4 tries in all, 5, 10 and 20 minutes apart; failures older than
 * 2 days are left alone); see `retryFailedNotificationsWorkflow`.
 */
export default async function retryFailedNotificationsJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const deliveries: NotificationDeliveryModuleService = container.resolve(
    NOTIFICATION_DELIVERY_MODULE
  )
  try {
    const { result } = await retryFailedNotificationsWorkflow(container).run({
      input: { ...deliveries.getRetryPolicy(), batch_size: BATCH_SIZE },
    })
    if (result.retried || result.exhausted.length) {
      logger.info(
        `[notifications] retry job: ${result.retried} retried (${result.delivered} delivered), ${result.waiting} waiting, ${result.exhausted.length} failed for good`
      )
    }
  } catch (e) {
    logger.error(`[notifications] retry job failed: ${(e as Error).message}`)
  }
}

export const config = {
  name: "retry-failed-notifications",
  schedule: "* * * * *",
}
