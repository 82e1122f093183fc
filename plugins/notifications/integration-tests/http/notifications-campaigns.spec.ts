import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../../../src/scripts/seed/seed-demo-store"
import { adminHeaders } from "../../../../integration-tests/helpers/customers"
import {
  useNotificationFakes,
  waitForNotifications,
} from "../../../../integration-tests/helpers/notifications"
import {
  CAMPAIGN_RUNNER_LOCK,
  runCampaigns,
} from "@bozor/medusa-notifications/jobs/send-campaigns"
import { sendCampaignBatchWorkflow } from "@bozor/medusa-notifications/workflows"
import {
  EMAIL_TEXTS,
  insertCustomers,
  pg,
  SMS_TEXTS,
  TASHKENT_MORNING,
  TASHKENT_NIGHT,
  TASHKENT_NOON,
} from "../helpers/campaigns"

jest.setTimeout(600 * 1000)

// Issue #19: marketing campaigns — admin routes, preferences, quiet hours
// (SMS 22:00–08:00 Tashkent by default), pause/resume, per-recipient results,
// and a 10,000-customer run that survives a restart without resending.
// A loaded 2-core test machine: give Eskiz time, so no message takes the
// PlayMobile fallback route (asserted below).
const fakes = useNotificationFakes({ SMS_TIMEOUT_MS: "10000" })

const BASE = "/admin/notification-campaigns"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let headers: Record<string, string>
    beforeAll(async () => {
      const seed = await seedDemoStore(getContainer(), {
        adminPassword: "test-admin-pass",
      })
      headers = await adminHeaders(api, seed.adminEmail, "test-admin-pass")
      // The tests drive the runs (with chosen clocks); the app's own
      // every-minute job finds the runner lock taken and skips meanwhile.
      await getContainer()
        .resolve(Modules.LOCKING)
        .acquire(CAMPAIGN_RUNNER_LOCK, {
          ownerId: "campaign-spec",
          expire: 900,
        })
    })
    afterAll(async () => {
      await getContainer()
        ?.resolve(Modules.LOCKING)
        .release(CAMPAIGN_RUNNER_LOCK, { ownerId: "campaign-spec" })
    })
    const status = (p: Promise<any>) =>
      p.then((r) => r.status).catch((e: any) => e.response.status)

    it("creates, validates and sends a small campaign by SMS and e-mail, respecting preferences", async () => {
      const container = getContainer()
      // 0: ru, accepts; 1: opted out; 2: accepts but no phone; 3: no preference row.
      const { groupId, ids } = await insertCustomers(container, {
        prefix: "small",
        count: 3,
        optedOut: (i) => i === 1,
        locale: (i) => (i === 0 ? "ru" : "uz"),
      })
      await pg(container).raw(`update customer set phone = null where id = ?`, [
        ids[2],
      ])
      await pg(container).raw(
        `insert into customer (id, email, phone, first_name) values ('cus_small_nopref', 'nopref@bulk.uz', '+998907777777', 'Nopref')`
      )
      await pg(container).raw(
        `insert into customer_group_customer (id, customer_id, customer_group_id) values ('cusgc_nopref', 'cus_small_nopref', ?)`,
        [groupId]
      )

      const body = {
        name: "Qozonlar haftaligi",
        audience: "customer_group",
        customer_group_id: groupId,
        channels: ["sms", "email"],
        messages: { sms: SMS_TEXTS, email: EMAIL_TEXTS },
      }
      // Bad bodies: 4xx, nothing created.
      for (const bad of [
        { ...body, channels: [] },
        { ...body, channels: ["sms", "sms"] },
        { ...body, channels: ["fax"] },
        {
          ...body,
          messages: { sms: { ...SMS_TEXTS, ru: "{{order_number}}" } },
        },
        { ...body, messages: { sms: { uz: "x" } } },
        { ...body, name: "x".repeat(121) },
        { ...body, extra: true },
      ]) {
        expect(await status(api.post(BASE, bad, { headers }))).toBe(400)
      }
      // A channel without its texts; an unknown group.
      expect(
        await status(
          api.post(BASE, { ...body, messages: { sms: SMS_TEXTS } }, { headers })
        )
      ).toBe(400)
      expect(
        await status(
          api.post(
            BASE,
            { ...body, customer_group_id: "cusgroup_missing" },
            { headers }
          )
        )
      ).toBe(404)
      expect(await status(api.get(`${BASE}?limit=500`, { headers }))).toBe(400)
      expect(await status(api.post(BASE, body))).toBe(401)

      const created = await api.post(BASE, body, { headers })
      const id = created.data.campaign.id
      expect(created.data.campaign).toMatchObject({
        status: "draft",
        recipients_total: 0,
        channels: ["sms", "email"],
        progress: { total: 0 },
      })
      const started = await api.post(`${BASE}/${id}/start`, {}, { headers })
      expect(started.data.campaign).toMatchObject({
        status: "running",
        recipients_total: 8,
        progress: { total: 8, pending: 8 },
      })
      // Starting twice is a 400.
      expect(
        await status(api.post(`${BASE}/${id}/start`, {}, { headers }))
      ).toBe(400)

      // Transactional messages are sent at once while the campaign waits.
      await container.resolve(Modules.EVENT_BUS).emit({
        name: "notification.requested",
        data: {
          kind: "bonus_granted",
          audience: "customer",
          customer_id: ids[0],
          event_name: "bonus.granted",
          resource_type: "bonus",
          resource_id: "bonus_tx",
          source_id: "tx",
          templates: { sms: { uz: "Bonus", ru: "Бонус", en: "Bonus" } },
        },
      })
      await waitForNotifications(container, "bonus_tx", 1)
      expect(fakes.eskiz.sent.map((m) => m.message)).toEqual(["Бонус"])

      const totals = await runCampaigns(container, {
        now: () => TASHKENT_NOON,
        throttle: false,
      })
      expect(totals).toMatchObject({ claimed: 8, sent: 3, skipped: 5 })
      expect(
        fakes.eskiz.sent.slice(1).map((m) => [m.mobile_phone, m.message])
      ).toEqual([
        [
          "998900000000",
          "Bozor: Mijoz0, сегодня на все казаны -20%!\nОтписаться: в приложении Настройки > Уведомления",
        ],
      ])
      expect(fakes.smtp.mails.map((m) => [m.to[0], m.subject]).sort()).toEqual([
        ["small-0@bulk.uz", "Скидка -20%"],
        ["small-2@bulk.uz", "Chegirma -20%"],
      ])

      const done = await api.get(`${BASE}/${id}`, { headers })
      expect(done.data.campaign).toMatchObject({
        status: "completed",
        completed_at: expect.any(String),
        progress: {
          total: 8,
          sent: 3,
          skipped: 5,
          pending: 0,
          failed: 0,
          by_channel: {
            sms: { total: 4, sent: 1, skipped: 3 },
            email: { total: 4, sent: 2, skipped: 2 },
          },
        },
      })
      const recipients = await api.get(
        `${BASE}/${id}/recipients?status=skipped&limit=10`,
        { headers }
      )
      expect(
        recipients.data.recipients
          .map((r: any) => [r.customer_id, r.channel, r.reason])
          .sort()
      ).toEqual(
        [
          [ids[1], "email", "opted_out"],
          [ids[1], "sms", "opted_out"],
          [ids[2], "sms", "no_phone"],
          ["cus_small_nopref", "email", "opted_out"],
          ["cus_small_nopref", "sms", "opted_out"],
        ].sort()
      )
      const sent = await api.get(`${BASE}/${id}/recipients?status=sent`, {
        headers,
      })
      expect(
        sent.data.recipients.every((r: any) =>
          r.notification_id?.startsWith("noti_")
        )
      ).toBe(true)
      const list = await api.get(`${BASE}?status=completed`, { headers })
      expect(list.data).toMatchObject({ count: 1, offset: 0, limit: 20 })
      expect(
        await status(api.post(`${BASE}/${id}/pause`, {}, { headers }))
      ).toBe(400)
      expect(
        await status(api.post(`${BASE}/${id}/explode`, {}, { headers }))
      ).toBe(404)
      expect(await status(api.get(`${BASE}/ncmp_missing`, { headers }))).toBe(
        404
      )
    })

    it("holds SMS in quiet hours, pauses and resumes", async () => {
      const container = getContainer()
      const { groupId } = await insertCustomers(container, {
        prefix: "quiet",
        count: 5,
      })
      const {
        data: { campaign },
      } = await api.post(
        BASE,
        {
          name: "Tungi aksiya",
          audience: "customer_group",
          customer_group_id: groupId,
          channels: ["sms", "email"],
          messages: { sms: SMS_TEXTS, email: EMAIL_TEXTS },
          start: true,
        },
        { headers }
      )
      // 23:00 in Tashkent: e-mails go, SMS wait.
      const night = await runCampaigns(container, {
        now: () => TASHKENT_NIGHT,
        throttle: false,
      })
      expect(night).toMatchObject({ claimed: 5, sent: 5 })
      expect(fakes.eskiz.sent).toEqual([])
      expect(fakes.smtp.mails).toHaveLength(5)

      await api.post(`${BASE}/${campaign.id}/pause`, {}, { headers })
      const paused = await runCampaigns(container, {
        now: () => TASHKENT_MORNING,
        throttle: false,
      })
      expect(paused.claimed).toBe(0)
      expect(fakes.eskiz.sent).toEqual([])

      const resumed = await api.post(
        `${BASE}/${campaign.id}/resume`,
        {},
        {
          headers,
        }
      )
      expect(resumed.data.campaign).toMatchObject({
        status: "running",
        progress: { pending: 5, sent: 5 },
      })
      // 08:30: the SMS go out, once.
      await runCampaigns(container, {
        now: () => TASHKENT_MORNING,
        throttle: false,
      })
      expect(fakes.eskiz.sent).toHaveLength(5)
      const after = await api.get(`${BASE}/${campaign.id}`, { headers })
      expect(after.data.campaign).toMatchObject({
        status: "completed",
        progress: { sent: 10 },
      })
    })

    it("sends to 10,000 customers exactly once each, skipping opt-outs, and resumes after a restart without resending", async () => {
      const container = getContainer()
      const db = pg(container)
      // Every 10th customer opted out of marketing: 9,000 SMS to send.
      const { groupId } = await insertCustomers(container, {
        prefix: "big",
        count: 10_000,
        optedOut: (i) => i % 10 === 0,
      })
      const {
        data: { campaign },
      } = await api.post(
        BASE,
        {
          name: "Katta aksiya",
          audience: "customer_group",
          customer_group_id: groupId,
          channels: ["sms"],
          messages: { sms: SMS_TEXTS },
          start: true,
        },
        { headers }
      )
      expect(campaign.recipients_total).toBe(10_000)

      // Night: nothing is sent.
      expect(
        (
          await runCampaigns(container, {
            now: () => TASHKENT_NIGHT,
            throttle: false,
          })
        ).claimed
      ).toBe(0)

      // Morning: four batches of 500, then the process "dies" twice:
      for (let i = 0; i < 4; i++) {
        await sendCampaignBatchWorkflow(container).run({
          input: { now: TASHKENT_MORNING, limit: 500 },
        })
      }
      // (a) after sending 100 messages but before recording them: their rows
      // go back to `sending`, claimed 10 minutes ago;
      await db.raw(
        `update notification_campaign_recipient set status = 'sending', notification_id = null,
           claimed_at = now() - interval '10 minutes'
         where id in (select id from notification_campaign_recipient
                      where campaign_id = ? and status = 'sent' order by id limit 100)`,
        [campaign.id]
      )
      // (b) after claiming 300 more, before sending them.
      await db.raw(
        `update notification_campaign_recipient set status = 'sending',
           claimed_at = now() - interval '10 minutes'
         where id in (select id from notification_campaign_recipient
                      where campaign_id = ? and status = 'pending' order by id limit 300)`,
        [campaign.id]
      )
      const beforeRestart = fakes.eskiz.sent.length

      // "Restart": a fresh run takes over the stale claims and finishes.
      const totals = await runCampaigns(container, {
        now: () => TASHKENT_MORNING,
        throttle: false,
        limit: 500,
        runMs: 600_000,
      })
      expect(totals.claimed).toBe(10_000 - 2000 + 100)

      const phones = fakes.eskiz.sent.map((m) => m.mobile_phone)
      expect(beforeRestart).toBeGreaterThan(1500)
      expect(phones).toHaveLength(9_000)
      expect(new Set(phones).size).toBe(9_000)
      expect(fakes.playmobile.sent).toEqual([])
      // Nobody who opted out got one (every 10th: phones ending in 0).
      expect(phones.filter((p) => p.endsWith("0"))).toEqual([])
      expect(
        fakes.eskiz.sent.every((m) =>
          m.message.endsWith("\nRad etish: ilovada Sozlamalar > Xabarnomalar")
        )
      ).toBe(true)

      const { rows: notifications } = await db.raw(
        `select count(*)::int as n, count(distinct idempotency_key)::int as keys,
                count(*) filter (where status = 'success')::int as ok
         from notification where resource_id = ?`,
        [campaign.id]
      )
      expect(notifications[0]).toEqual({ n: 9_000, keys: 9_000, ok: 9_000 })
      const { rows: recipients } = await db.raw(
        `select status, reason, count(*)::int as n from notification_campaign_recipient
         where campaign_id = ? group by status, reason order by status`,
        [campaign.id]
      )
      expect(recipients).toEqual([
        { status: "sent", reason: null, n: 9_000 },
        { status: "skipped", reason: "opted_out", n: 1_000 },
      ])
      const final = await api.get(`${BASE}/${campaign.id}`, { headers })
      expect(final.data.campaign).toMatchObject({
        status: "completed",
        progress: {
          total: 10_000,
          sent: 9_000,
          skipped: 1_000,
          pending: 0,
          sending: 0,
        },
      })
    })
  },
})
