import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ScheduledNotification } from "./models/scheduled-notification"
import { NotificationCampaign } from "./models/notification-campaign"
import { NotificationCampaignRecipient } from "./models/notification-campaign-recipient"
import {
  type NotificationsPluginOptions,
  type ResolvedNotificationsOptions,
  validateNotificationsOptions,
} from "../../utils/options"
import type {
  CampaignProgress,
  ClaimedRecipient,
  ClaimedScheduled,
  RecipientResult,
} from "./types"

/** A claim older than this is taken over by the next run (its worker died). */
export const CLAIM_LEASE_SECONDS = 300

const newId = (prefix: string) =>
  `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`

/**
 * Messages sent later by jobs: scheduled notifications and campaigns. Claims
 * are single conditional UPDATEs over `FOR UPDATE SKIP LOCKED` sub-selects,
 * so several workers never take the same row.
 */
class NotificationSchedulingModuleService extends MedusaService({
  ScheduledNotification,
  NotificationCampaign,
  NotificationCampaignRecipient,
}) {
  protected readonly options_: ResolvedNotificationsOptions

  constructor(
    container: Record<string, unknown>,
    options: NotificationsPluginOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = validateNotificationsOptions(options ?? {})
  }

  /** Quiet hours, throttling and the marketing opt-out line (the plugin's options). */
  getCampaignPolicy() {
    return {
      quietHours: this.options_.quietHours,
      ratePerSecond: this.options_.campaignRatePerSecond,
      batchSize: this.options_.campaignBatchSize,
      smsOptOut: this.options_.marketingSmsOptOut,
    }
  }

  /** Keeps requests to send later; a key already kept is left as it is. Returns the ids kept now. */
  @InjectManager()
  async schedule(
    rows: {
      key: string
      kind: string
      customer_id: string | null
      send_at: Date
      payload: Record<string, unknown>
    }[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!rows.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows: inserted } = await knex.raw(
      `insert into scheduled_notification (id, key, kind, customer_id, send_at, payload)
       select ${newId("nsch")}, v.key, v.kind, v.customer_id, v.send_at, v.payload
       from jsonb_to_recordset(?::jsonb) as v(key text, kind text, customer_id text, send_at timestamptz, payload jsonb)
       on conflict (key) where deleted_at is null do nothing
       returning id`,
      [
        JSON.stringify(
          rows.map((r) => ({ ...r, send_at: r.send_at.toISOString() }))
        ),
      ]
    )
    return inserted.map((r: { id: string }) => r.id)
  }

  /**
   * Claims up to `limit` scheduled notifications due at `now` (or claimed
   * longer than the lease ago by a worker that died), in one statement.
   */
  @InjectManager()
  async claimDueScheduled(
    now: Date,
    limit: number,
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ClaimedScheduled[]> {
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `with picked as (
         select id from scheduled_notification
         where deleted_at is null and send_at <= ?
           and (status = 'pending' or (status = 'claimed' and claimed_at < ?))
         order by send_at, id
         limit ?
         for update skip locked
       )
       update scheduled_notification s
       set status = 'claimed', claimed_at = ?, attempts = s.attempts + 1, updated_at = now()
       from picked where s.id = picked.id
       returning s.id, s.key, s.payload, s.attempts`,
      [now, new Date(now.getTime() - CLAIM_LEASE_SECONDS * 1000), limit, now]
    )
    return rows
  }

  /**
   * Adds recipients (customer × channel) to a campaign; pairs already there
   * are left alone. Returns how many were added.
   */
  @InjectManager()
  async addCampaignRecipients(
    campaignId: string,
    customerIds: string[],
    channels: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<number> {
    if (!customerIds.length || !channels.length) {
      return 0
    }
    const knex = sharedContext.manager!.getKnex()
    const { rowCount } = await knex.raw(
      `insert into notification_campaign_recipient (id, campaign_id, customer_id, channel)
       select ${newId("ncrc")}, ?, c.customer_id, ch.channel
       from unnest(?::text[]) as c(customer_id) cross join unnest(?::text[]) as ch(channel)
       on conflict (campaign_id, customer_id, channel) where deleted_at is null do nothing`,
      [campaignId, customerIds, channels]
    )
    return rowCount ?? 0
  }

  /**
   * Claims up to `limit` pending recipients of running campaigns (and ones
   * whose claim outlived the lease), leaving out `excludeChannels` (quiet
   * hours). One statement: concurrent runs never take the same recipient.
   */
  @InjectManager()
  async claimCampaignRecipients(
    input: { now: Date; limit: number; excludeChannels: string[] },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<ClaimedRecipient[]> {
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `with picked as (
         select r2.id from notification_campaign_recipient r2
         join notification_campaign c on c.id = r2.campaign_id
           and c.status = 'running' and c.deleted_at is null
         where r2.deleted_at is null
           and (r2.status = 'pending' or (r2.status = 'sending' and r2.claimed_at < ?))
           and not (r2.channel = any(?::text[]))
         order by r2.campaign_id, r2.id
         limit ?
         for update of r2 skip locked
       )
       update notification_campaign_recipient r
       set status = 'sending', claimed_at = ?, updated_at = now()
       from picked where r.id = picked.id
       returning r.id, r.campaign_id, r.customer_id, r.channel`,
      [
        new Date(input.now.getTime() - CLAIM_LEASE_SECONDS * 1000),
        input.excludeChannels,
        input.limit,
        input.now,
      ]
    )
    return rows
  }

  /** Records what happened to claimed recipients (one statement). */
  @InjectManager()
  async recordRecipientResults(
    results: RecipientResult[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!results.length) {
      return
    }
    const knex = sharedContext.manager!.getKnex()
    await knex.raw(
      `update notification_campaign_recipient r
       set status = v.status, reason = v.reason, notification_id = v.notification_id,
           attempted_at = now(), updated_at = now()
       from jsonb_to_recordset(?::jsonb) as v(id text, status text, reason text, notification_id text)
       where r.id = v.id and r.status = 'sending'`,
      [JSON.stringify(results)]
    )
  }

  /** Puts claimed recipients back (a run that failed before sending them). */
  @InjectManager()
  async releaseRecipients(
    ids: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    if (!ids.length) {
      return
    }
    const knex = sharedContext.manager!.getKnex()
    await knex.raw(
      `update notification_campaign_recipient set status = 'pending', claimed_at = null, updated_at = now()
       where id = any(?::text[]) and status = 'sending'`,
      [ids]
    )
  }

  /** Marks running campaigns with nothing left to send `completed`. Returns their ids. */
  @InjectManager()
  async completeFinishedCampaigns(
    campaignIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<string[]> {
    if (!campaignIds.length) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `update notification_campaign c set status = 'completed', completed_at = now(), updated_at = now()
       where c.id = any(?::text[]) and c.status = 'running'
         and not exists (
           select 1 from notification_campaign_recipient r
           where r.campaign_id = c.id and r.deleted_at is null and r.status in ('pending', 'sending')
         )
       returning c.id`,
      [campaignIds]
    )
    return rows.map((r: { id: string }) => r.id)
  }

  /** Recipients per status and channel, per campaign. */
  @InjectManager()
  async campaignProgress(
    campaignIds: string[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<Record<string, CampaignProgress>> {
    const progress: Record<string, CampaignProgress> = {}
    for (const id of campaignIds) {
      progress[id] = emptyProgress()
    }
    if (!campaignIds.length) {
      return progress
    }
    const knex = sharedContext.manager!.getKnex()
    const { rows } = await knex.raw(
      `select campaign_id, channel, status, count(*)::int as count
       from notification_campaign_recipient
       where campaign_id = any(?::text[]) and deleted_at is null
       group by campaign_id, channel, status`,
      [campaignIds]
    )
    for (const row of rows as {
      campaign_id: string
      channel: string
      status: keyof Omit<CampaignProgress, "total" | "by_channel">
      count: number
    }[]) {
      const p = progress[row.campaign_id]
      p.total += row.count
      p[row.status] += row.count
      const ch = (p.by_channel[row.channel] ??= {
        total: 0,
        pending: 0,
        sending: 0,
        sent: 0,
        skipped: 0,
        failed: 0,
      })
      ch.total += row.count
      ch[row.status] += row.count
    }
    return progress
  }
}

function emptyProgress(): CampaignProgress {
  return {
    total: 0,
    pending: 0,
    sending: 0,
    sent: 0,
    skipped: 0,
    failed: 0,
    by_channel: {},
  }
}

export default NotificationSchedulingModuleService
