import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createCampaignWorkflow } from "../workflows/campaigns/create-campaign"
import { changeCampaignStatusWorkflow } from "../workflows/campaigns/change-campaign-status"
import { CAMPAIGN_RUNNER_LOCK, runCampaigns } from "../jobs/send-campaigns"

const CHUNK = 5000
/** 12:00 in Tashkent: outside the default SMS quiet hours whenever the bench runs. */
const NOON_TASHKENT = new Date("2026-12-02T07:00:00Z")

/**
 * `npm run bench` only (bench/scenarios/campaigns.js runs it with
 * `medusa exec`, an SMS provider pointed at a local sink): inserts
 * BENCH_CAMPAIGN_RECIPIENTS customers (default 100,000) who accept marketing
 * SMS, in bulk SQL, starts an SMS campaign to them and runs the campaign
 * runner unthrottled (the send path's own capacity), then prints one
 * `BENCH_RESULT` JSON line (messages handed to the provider per second, peak
 * RSS) and deletes what it inserted.
 */
export default async function benchCampaigns({ container }: ExecArgs) {
  const total = Number(process.env.BENCH_CAMPAIGN_RECIPIENTS || 100000)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const prefix = `bench${Date.now().toString(36)}`
  const groupId = `cusgroup_${prefix}`

  // Plain inserts: test data made fast, not a code path to imitate.
  const insertStarted = Date.now()
  await knex.raw(`insert into customer_group (id, name) values (?, ?)`, [
    groupId,
    `Bench ${prefix}`,
  ])
  for (let start = 0; start < total; start += CHUNK) {
    const idx = Array.from(
      { length: Math.min(CHUNK, total - start) },
      (_, k) => start + k
    )
    const ids = idx.map((i) => `cus_${prefix}_${i}`)
    await knex.raw(
      `insert into customer (id, email, phone, first_name, has_account, metadata)
       select v.id, v.id || '@bench.uz', v.phone, 'Mijoz', true, '{"locale":"uz"}'::jsonb
       from unnest(?::text[], ?::text[]) as v(id, phone)`,
      [ids, idx.map((i) => `+99891${String(i).padStart(7, "0")}`)]
    )
    await knex.raw(
      `insert into customer_group_customer (id, customer_id, customer_group_id)
       select 'cusgc_' || v.id, v.id, ? from unnest(?::text[]) as v(id)`,
      [groupId, ids]
    )
    await knex.raw(
      `insert into notification_preference (id, customer_id, sms_marketing)
       select 'npref_' || v.id, v.id, true from unnest(?::text[]) as v(id)`,
      [ids]
    )
  }
  const insertMs = Date.now() - insertStarted

  let peak = process.memoryUsage().rss
  const sampler = setInterval(
    () => (peak = Math.max(peak, process.memoryUsage().rss)),
    50
  )
  const rssBefore = process.memoryUsage().rss
  const locking = container.resolve(Modules.LOCKING)
  let result: Record<string, unknown> = {}
  await locking.execute(
    CAMPAIGN_RUNNER_LOCK,
    async () => {
      const { result: campaign } = await createCampaignWorkflow(container).run({
        input: {
          name: `Bench ${prefix}`,
          audience: "customer_group",
          customer_group_id: groupId,
          channels: ["sms"],
          messages: {
            sms: {
              uz: "{{store_name}}: {{customer_name}}, bugun -20%!",
              ru: "{{store_name}}: {{customer_name}}, сегодня -20%!",
              en: "{{store_name}}: {{customer_name}}, 20% off today!",
            },
          },
        },
      })
      const startStarted = Date.now()
      await changeCampaignStatusWorkflow(container).run({
        input: { id: campaign.id, action: "start" },
      })
      const startMs = Date.now() - startStarted
      const sendStarted = Date.now()
      const totals = await runCampaigns(container, {
        now: () => NOON_TASHKENT,
        throttle: false,
        runMs: 6 * 3600 * 1000,
      })
      const sendMs = Date.now() - sendStarted
      result = {
        campaign_id: campaign.id,
        start_ms: startMs,
        send_ms: sendMs,
        ...totals,
      }
      await knex.raw(
        `delete from notification where resource_id = ? and resource_type = 'notification_campaign'`,
        [campaign.id]
      )
      await knex.raw(
        `delete from notification_campaign_recipient where campaign_id = ?`,
        [campaign.id]
      )
      await knex.raw(`delete from notification_campaign where id = ?`, [
        campaign.id,
      ])
    },
    { timeout: 5, expire: 6 * 3600 }
  )
  clearInterval(sampler)

  await knex.raw(
    `delete from notification_preference where customer_id like ?`,
    [`cus_${prefix}_%`]
  )
  await knex.raw(
    `delete from customer_group_customer where customer_group_id = ?`,
    [groupId]
  )
  await knex.raw(`delete from customer where id like ?`, [`cus_${prefix}_%`])
  await knex.raw(`delete from customer_group where id = ?`, [groupId])

  console.log(
    `BENCH_RESULT ${JSON.stringify({
      recipients: total,
      insert_ms: insertMs,
      ...result,
      rss_before_mb: Math.round(rssBefore / 2 ** 20),
      peak_rss_mb: Math.round(peak / 2 ** 20),
    })}`
  )
}
