import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { sendCampaignBatchWorkflow } from "../workflows/campaigns/send-campaign-batch"
import { NOTIFICATION_SCHEDULING_MODULE } from "../modules/notification-scheduling"
import type NotificationSchedulingModuleService from "../modules/notification-scheduling/service"

/** The Locking Module key held by the campaign runner: one runner at a time. */
export const CAMPAIGN_RUNNER_LOCK = "notifications:campaign-runner"

/** A run stops taking new batches after this long, before the next minute's run. */
const RUN_MS = 50_000

/**
 * Sends running campaigns in throttled batches: after each batch it waits
 * so that no channel goes faster than `campaignRatePerSecond` (Eskiz's
 * limits; transactional messages are sent by their own subscribers and
 * never queue behind this). Stops when nothing is left, or after ~50 s.
 * Returns what it did (tests and the bench call it directly).
 */
export async function runCampaigns(
  container: MedusaContainer,
  options: {
    /** Current time source (quiet hours are checked per batch). */
    now?: () => Date
    /** Stop after this long. */
    runMs?: number
    /** Skip the waits (tests, bench of the send path itself). */
    throttle?: boolean
    /** Recipients per batch (defaults to `campaignBatchSize`). */
    limit?: number
  } = {}
) {
  const service: NotificationSchedulingModuleService = container.resolve(
    NOTIFICATION_SCHEDULING_MODULE
  )
  const { ratePerSecond } = service.getCampaignPolicy()
  const now = options.now ?? (() => new Date())
  const deadline = Date.now() + (options.runMs ?? RUN_MS)
  const totals = { batches: 0, claimed: 0, sent: 0, skipped: 0, failed: 0 }
  while (Date.now() < deadline) {
    const started = Date.now()
    const { result } = await sendCampaignBatchWorkflow(container).run({
      input: { now: now(), limit: options.limit },
    })
    if (!result.claimed) {
      break
    }
    totals.batches++
    totals.claimed += result.claimed
    totals.sent += result.sent
    totals.skipped += result.skipped
    totals.failed += result.failed
    if (options.throttle !== false) {
      // The slowest channel of the batch sets the pace.
      const needMs = Math.max(
        0,
        ...Object.entries(result.per_channel).map(
          ([channel, count]) =>
            (count /
              (ratePerSecond[channel as keyof typeof ratePerSecond] ?? 1)) *
            1000
        )
      )
      const wait = needMs - (Date.now() - started)
      if (wait > 0) {
        await new Promise((r) => setTimeout(r, wait))
      }
    }
  }
  return totals
}

/**
 * The scheduled job: keeps running campaigns moving. One runner at a time
 * (Medusa's Locking Module; a run still going when the next minute starts
 * makes that one skip), so the rate holds across workers too.
 */
export default async function sendCampaignsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const locking = container.resolve(Modules.LOCKING)
  let totals: Awaited<ReturnType<typeof runCampaigns>> | undefined
  try {
    await locking.execute(
      CAMPAIGN_RUNNER_LOCK,
      async () => {
        totals = await runCampaigns(container)
      },
      { timeout: 1, expire: 120 }
    )
  } catch (e) {
    if (!totals) {
      logger.info(
        `[notifications] campaign run skipped or failed: ${(e as Error).message}`
      )
      return
    }
    logger.error(`[notifications] campaign run failed: ${(e as Error).message}`)
  }
  if (totals?.claimed) {
    logger.info(
      `[notifications] campaigns: ${totals.sent} sent, ${totals.skipped} skipped, ${totals.failed} failed in ${totals.batches} batches`
    )
  }
}

export const config = {
  name: "send-notification-campaigns",
  schedule: "* * * * *",
}
