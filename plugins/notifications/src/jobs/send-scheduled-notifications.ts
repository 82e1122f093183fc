import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { claimDueNotificationsWorkflow } from "../workflows/scheduling/claim-due-notifications"
import { finishScheduledNotificationsWorkflow } from "../workflows/scheduling/finish-scheduled-notifications"
import { sendRequestedNotificationWorkflow } from "../workflows/notifications/send-requested-notification"
import { NotificationRequestSchema } from "../types/notification-request"

/** Scheduled notifications claimed at once; a run keeps going while batches come back full. */
const BATCH_SIZE = 100
/** At most this many batches per run, so a backlog cannot overlap the next minute's run by much. */
const MAX_BATCHES = 20

/**
 * One batch: claims what is due at `now` (one conditional UPDATE, so with
 * several workers each row goes to one of them), sends each request as if
 * it had just been requested (overrides and preferences as they are now,
 * the same idempotency keys: a claim taken over after a crash sends nothing
 * twice), and records the outcome.
 */
export async function sendDueNotifications(
  container: MedusaContainer,
  input: { now: Date; limit: number }
) {
  const { result: claimed } = await claimDueNotificationsWorkflow(
    container
  ).run({ input })
  const results: { id: string; error: string | null }[] = []
  for (const row of claimed) {
    const parsed = NotificationRequestSchema.safeParse(row.payload)
    if (!parsed.success) {
      results.push({
        id: row.id,
        error: `Invalid request: ${parsed.error.issues[0]?.message}`,
      })
      continue
    }
    try {
      await sendRequestedNotificationWorkflow(container).run({
        input: { ...parsed.data, send_at: null },
      })
      results.push({ id: row.id, error: null })
    } catch (e) {
      results.push({ id: row.id, error: (e as Error).message.slice(0, 500) })
    }
  }
  await finishScheduledNotificationsWorkflow(container).run({ input: results })
  return {
    claimed: claimed.map((c) => c.id),
    failed: results.filter((r) => r.error).map((r) => r.id),
  }
}

/** Sends the notifications whose `send_at` has come (`notification.requested` with `send_at`). */
export default async function sendScheduledNotificationsJob(
  container: MedusaContainer
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let sent = 0
  let failed = 0
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    try {
      const result = await sendDueNotifications(container, {
        now: new Date(),
        limit: BATCH_SIZE,
      })
      sent += result.claimed.length - result.failed.length
      failed += result.failed.length
      if (result.claimed.length < BATCH_SIZE) {
        break
      }
    } catch (e) {
      logger.error(
        `[notifications] scheduled notifications batch failed: ${(e as Error).message}`
      )
      break
    }
  }
  if (sent || failed) {
    logger.info(
      `[notifications] scheduled notifications: ${sent} sent, ${failed} failed`
    )
  }
}

export const config = {
  name: "send-scheduled-notifications",
  schedule: "* * * * *",
}
