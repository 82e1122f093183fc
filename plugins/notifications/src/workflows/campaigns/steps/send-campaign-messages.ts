import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RecipientResult } from "../../../modules/notification-scheduling/types"
import type { PreparedCampaignBatch } from "./prepare-campaign-messages"

/**
 * Messages handed to the providers at once. A batch is sent in slices of
 * this size: 500 concurrent requests would only pile up at Eskiz (and trip
 * its per-second limit), while the send job's throttle sets the pace.
 */
export const CAMPAIGN_SEND_CONCURRENCY = 25

export const sendCampaignMessagesStepId =
  "notifications-send-campaign-messages-step"

/**
 * Hands the batch to the Notification Module, {@link CAMPAIGN_SEND_CONCURRENCY}
 * messages at a time (the providers send each slice concurrently), and reads back each message's outcome by its key. A key
 * that already exists (a run that died after sending, before recording) is
 * not sent again: it is recorded from the existing row.
 *
 * Irreversible: messages cannot be recalled, so no compensation.
 */
export const sendCampaignMessagesStep = createStep(
  sendCampaignMessagesStepId,
  async (batch: PreparedCampaignBatch, { container }) => {
    const results: RecipientResult[] = [...batch.skipped]
    if (!batch.messages.length) {
      return new StepResponse(results)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    const keys = batch.messages.map((m) => m.notification.idempotency_key!)
    const existingRows = async () => {
      const { data } = await query.graph({
        entity: "notification",
        fields: ["id", "status", "idempotency_key"],
        filters: { idempotency_key: keys },
      })
      return new Map(
        (data as { id: string; status: string; idempotency_key: string }[]).map(
          (n) => [n.idempotency_key, n]
        )
      )
    }
    const before = await existingRows()
    const toSend = batch.messages.filter(
      (m) => !before.has(m.notification.idempotency_key!)
    )
    const notifications = container.resolve(Modules.NOTIFICATION)
    for (let i = 0; i < toSend.length; i += CAMPAIGN_SEND_CONCURRENCY) {
      const slice = toSend.slice(i, i + CAMPAIGN_SEND_CONCURRENCY)
      try {
        await notifications.createNotifications(
          slice.map((m) => m.notification)
        )
      } catch (e) {
        // Failed sends are rows in status `failure`; the others went out.
        logger.warn(
          `[notifications] campaign batch: some messages failed: ${(e as Error).message.slice(0, 500)}`
        )
      }
    }
    const after = await existingRows()
    for (const m of batch.messages) {
      const row = after.get(m.notification.idempotency_key!)
      results.push(
        row?.status === "success"
          ? {
              id: m.recipient_id,
              status: "sent",
              reason: null,
              notification_id: row.id,
            }
          : {
              id: m.recipient_id,
              status: "failed",
              reason: row ? "provider_failure" : "not_created",
              notification_id: row?.id ?? null,
            }
      )
    }
    return new StepResponse(results)
  }
)
