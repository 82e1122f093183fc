import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { retryFailedNotificationsWorkflow } from "../workflows/notifications/retry-failed-notifications"

/** Retry policy: 4 tries in all, 5, 10 and 20 minutes apart; failures older than 2 days are left alone. */
export const NOTIFICATION_RETRY_POLICY = {
  max_attempts: Number(process.env.NOTIFICATION_MAX_ATTEMPTS) || 4,
  base_delay_seconds:
    Number(process.env.NOTIFICATION_RETRY_BASE_SECONDS) || 300,
  max_age_hours: 48,
  batch_size: 100,
}

/** Resends failed notifications that are due; see `retryFailedNotificationsWorkflow`. */
export default async function retryFailedNotificationsJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { result } = await retryFailedNotificationsWorkflow(container).run({
      input: NOTIFICATION_RETRY_POLICY,
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
