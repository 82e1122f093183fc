import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { claimCampaignRecipientsStep } from "./steps/claim-campaign-recipients"
import { prepareCampaignMessagesStep } from "./steps/prepare-campaign-messages"
import { sendCampaignMessagesStep } from "./steps/send-campaign-messages"
import { recordCampaignResultsStep } from "./steps/record-campaign-results"

export const sendCampaignBatchWorkflowId = "notifications-send-campaign-batch"

export type SendCampaignBatchInput = {
  /** The time the quiet hours are checked at (the job passes the current time). */
  now: Date
  /** Recipients to claim; defaults to the `campaignBatchSize` option. */
  limit?: number
}

/**
 * Sends one batch of the running campaigns: claims recipients (not those in
 * quiet hours), decides each (preferences, contact), sends through the
 * Notification Module and records every outcome. Safe with several workers
 * and after a crash: a recipient is claimed by one run, and its message key
 * is unique.
 */
export const sendCampaignBatchWorkflow = createWorkflow(
  sendCampaignBatchWorkflowId,
  (input: SendCampaignBatchInput) => {
    const { claimed, quiet_channels } = claimCampaignRecipientsStep(input)
    const prepared = prepareCampaignMessagesStep(claimed)
    const results = sendCampaignMessagesStep(prepared)
    const completed = recordCampaignResultsStep(
      transform({ results, claimed }, ({ results, claimed }) => ({
        results,
        campaign_ids: [...new Set(claimed.map((c) => c.campaign_id))],
      }))
    )
    return new WorkflowResponse(
      transform(
        { claimed, results, completed, quiet_channels },
        ({ claimed, results, completed, quiet_channels }) => {
          const by = (status: string) =>
            results.filter((r) => r.status === status).length
          const perChannel: Record<string, number> = {}
          for (const c of claimed) {
            perChannel[c.channel] = (perChannel[c.channel] ?? 0) + 1
          }
          return {
            claimed: claimed.length,
            sent: by("sent"),
            skipped: by("skipped"),
            failed: by("failed"),
            per_channel: perChannel,
            completed,
            quiet_channels,
          }
        }
      )
    )
  }
)
