import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../../../src/scripts/seed/seed-demo-store"
import { registerCustomer } from "../../../../integration-tests/helpers/customers"
import {
  useNotificationFakes,
  waitForNotifications,
} from "../../../../integration-tests/helpers/notifications"
import { sendDueNotifications } from "@bozor/medusa-notifications/jobs/send-scheduled-notifications"

jest.setTimeout(240 * 1000)

// Issue #19: the in-app inbox (copies on the `feed` channel, read state) and
// scheduled messages (`send_at`, sent once by the job even with several workers).
const fakes = useNotificationFakes({ NOTIFICATION_INBOX: "true" })

const TEMPLATES = {
  sms: {
    uz: "{{store_name}}: {{customer_name}}, bonus {{code}} sizniki.",
    ru: "{{store_name}}: {{customer_name}}, бонус {{code}} ваш.",
    en: "{{store_name}}: {{customer_name}}, bonus {{code}} is yours.",
  },
  email: {
    uz: { subject: "Bonus {{code}}", body: "Bonus {{code}} sizniki." },
    ru: { subject: "Бонус {{code}}", body: "Бонус {{code}} ваш." },
    en: { subject: "Bonus {{code}}", body: "Bonus {{code}} is yours." },
  },
}

function request(customerId: string, sourceId: string, extra = {}) {
  return {
    kind: "bonus_granted",
    audience: "customer",
    customer_id: customerId,
    event_name: "bonus.granted",
    resource_type: "bonus",
    resource_id: `bonus_${sourceId}`,
    source_id: sourceId,
    variables: { code: sourceId.toUpperCase() },
    templates: TEMPLATES,
    ...extra,
  }
}

async function emit(container: MedusaContainer, data: unknown) {
  await container
    .resolve(Modules.EVENT_BUS)
    .emit({ name: "notification.requested", data })
}

async function sql<T = Record<string, unknown>>(
  container: MedusaContainer,
  text: string,
  bindings: readonly (string | number)[] = []
): Promise<T[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(text, bindings)
  return rows
}

async function poll<T>(fn: () => Promise<T>, ok: (v: T) => boolean) {
  let value = await fn()
  for (let i = 0; i < 100 && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 100))
    value = await fn()
  }
  return value
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let publishableKey: string
    beforeAll(async () => {
      const seed = await seedDemoStore(getContainer(), {
        adminPassword: "test-admin-pass",
      })
      publishableKey = seed.publishableKey
    })

    describe("inbox", () => {
      it("keeps a copy of each customer message; each customer sees and marks only their own", async () => {
        const aziz = await registerCustomer(
          api,
          publishableKey,
          "aziz@inbox.uz"
        )
        const malika = await registerCustomer(
          api,
          publishableKey,
          "malika@inbox.uz"
        )
        // One after the other, so the inbox order (newest first) is known.
        await emit(getContainer(), request(aziz.customer.id, "a1"))
        // e-mail + feed each (no phone on these customers).
        await waitForNotifications(getContainer(), "bonus_a1", 2)
        await emit(getContainer(), request(aziz.customer.id, "a2"))
        await waitForNotifications(getContainer(), "bonus_a2", 2)
        await emit(getContainer(), request(malika.customer.id, "m1"))
        await waitForNotifications(getContainer(), "bonus_m1", 2)

        const path = "/store/customers/me/notifications"
        const first = await api.get(path, { headers: aziz.headers })
        expect(first.data).toMatchObject({
          count: 2,
          unread_count: 2,
          offset: 0,
          limit: 20,
        })
        expect(
          first.data.notifications.map((n: any) => [
            n.kind,
            n.title,
            n.text,
            n.resource_id,
            n.read_at,
          ])
        ).toEqual([
          [
            "bonus_granted",
            "Bonus A2",
            "Bozor: aziz, bonus A2 sizniki.",
            "bonus_a2",
            null,
          ],
          [
            "bonus_granted",
            "Bonus A1",
            "Bozor: aziz, bonus A1 sizniki.",
            "bonus_a1",
            null,
          ],
        ])
        const feedRows = await sql<{ receiver_id: string; status: string }>(
          getContainer(),
          `select receiver_id, status from notification where channel = 'feed' order by created_at`
        )
        expect(feedRows).toEqual([
          { receiver_id: aziz.customer.id, status: "success" },
          { receiver_id: aziz.customer.id, status: "success" },
          { receiver_id: malika.customer.id, status: "success" },
        ])

        // Malika sees her one message and cannot mark Aziz's.
        const hers = await api.get(path, { headers: malika.headers })
        expect(hers.data.notifications.map((n: any) => n.resource_id)).toEqual([
          "bonus_m1",
        ])
        const azizFirst = first.data.notifications[1].id
        const denied = await api
          .post(`${path}/${azizFirst}/read`, {}, { headers: malika.headers })
          .catch((e: any) => e.response)
        expect(denied.status).toBe(404)

        const marked = await api.post(
          `${path}/${azizFirst}/read`,
          {},
          { headers: aziz.headers }
        )
        expect(marked.data.unread_count).toBe(1)
        expect(
          marked.data.notifications.find((n: any) => n.id === azizFirst).read_at
        ).toEqual(expect.any(String))
        // Twice is the same as once.
        await api.post(
          `${path}/${azizFirst}/read`,
          {},
          { headers: aziz.headers }
        )
        expect(
          await sql(
            getContainer(),
            `select notification_id, customer_id from notification_read`
          )
        ).toEqual([
          { notification_id: azizFirst, customer_id: aziz.customer.id },
        ])

        const page = await api.get(`${path}?limit=1&offset=1`, {
          headers: aziz.headers,
        })
        expect(page.data).toMatchObject({ count: 2, unread_count: 1, limit: 1 })
        expect(page.data.notifications.map((n: any) => n.id)).toEqual([
          azizFirst,
        ])

        const all = await api.post(
          `${path}/read-all`,
          {},
          { headers: aziz.headers }
        )
        expect(all.data.unread_count).toBe(0)
        expect(all.data.notifications.every((n: any) => n.read_at)).toBe(true)
        expect(
          (await api.get(path, { headers: malika.headers })).data.unread_count
        ).toBe(1)

        // A new message after "read all" is unread.
        await emit(getContainer(), request(aziz.customer.id, "a3"))
        await waitForNotifications(getContainer(), "bonus_a3", 2)
        const after = await api.get(path, { headers: aziz.headers })
        expect(after.data).toMatchObject({ count: 3, unread_count: 1 })
        expect(after.data.notifications[0]).toMatchObject({
          resource_id: "bonus_a3",
          read_at: null,
        })
      })

      it("answers 4xx for bad pages, bodies and anonymous callers", async () => {
        const c = await registerCustomer(api, publishableKey, "bounds@inbox.uz")
        const path = "/store/customers/me/notifications"
        const status = (p: Promise<any>) =>
          p.then((r) => r.status).catch((e: any) => e.response.status)
        expect(
          await status(api.get(`${path}?limit=101`, { headers: c.headers }))
        ).toBe(400)
        expect(
          await status(api.get(`${path}?offset=-1`, { headers: c.headers }))
        ).toBe(400)
        expect(
          await status(
            api.post(`${path}/read-all`, { all: true }, { headers: c.headers })
          )
        ).toBe(400)
        expect(
          await status(
            api.post(`${path}/noti_missing/read`, {}, { headers: c.headers })
          )
        ).toBe(404)
        expect(
          await status(
            api.get(path, {
              headers: { "x-publishable-api-key": publishableKey },
            })
          )
        ).toBe(401)
        const empty = await api.get(path, { headers: c.headers })
        expect(empty.data).toEqual({
          notifications: [],
          count: 0,
          unread_count: 0,
          offset: 0,
          limit: 20,
        })
      })
    })

    describe("scheduled messages", () => {
      async function customersWithPhones(n: number) {
        const { result } = await createCustomersWorkflow(getContainer()).run({
          input: {
            customersData: Array.from({ length: n }, (_, i) => ({
              email: `scheduled-${i}@example.uz`,
              phone: `+99890123450${i}`,
              first_name: `Mijoz${i}`,
            })),
          },
        })
        return result.map((c) => c.id)
      }

      it("keeps a request with a future send_at and sends it once when due, with several workers", async () => {
        const ids = await customersWithPhones(3)
        const sendAt = new Date(Date.now() + 3600_000).toISOString()
        for (let i = 0; i < 30; i++) {
          await emit(
            getContainer(),
            request(ids[i % 3], `s${i}`, { send_at: sendAt })
          )
        }
        // The same request again is kept once.
        await emit(getContainer(), request(ids[0], "s0", { send_at: sendAt }))
        const kept = await poll(
          () =>
            sql<{ key: string; status: string }>(
              getContainer(),
              `select key, status from scheduled_notification`
            ),
          (rows) => rows.length >= 30
        )
        await new Promise((r) => setTimeout(r, 300))
        expect(kept).toHaveLength(30)
        expect(new Set(kept.map((r) => r.status))).toEqual(new Set(["pending"]))
        expect(fakes.eskiz.sent).toEqual([])

        // Not due yet: nothing is claimed.
        expect(
          await sendDueNotifications(getContainer(), {
            now: new Date(),
            limit: 100,
          })
        ).toEqual({ claimed: [], failed: [] })

        // Three workers, five at a time, an hour and a minute later.
        const later = new Date(Date.now() + 3660_000)
        const worker = async () => {
          const mine: string[] = []
          for (;;) {
            const { claimed } = await sendDueNotifications(getContainer(), {
              now: later,
              limit: 5,
            })
            if (!claimed.length) {
              return mine
            }
            mine.push(...claimed)
          }
        }
        const runs = await Promise.all([worker(), worker(), worker()])
        const claimed = runs.flat()
        expect(claimed).toHaveLength(30)
        expect(new Set(claimed).size).toBe(30)

        const rows = await sql<{ status: string; attempts: number }>(
          getContainer(),
          `select status, attempts, sent_at is not null as sent from scheduled_notification`
        )
        expect(rows.every((r) => r.status === "sent" && r.attempts === 1)).toBe(
          true
        )
        expect(fakes.eskiz.sent).toHaveLength(30)
        expect(new Set(fakes.eskiz.sent.map((m) => m.message)).size).toBe(30)
        const perKey = await sql<{ channel: string; n: number }>(
          getContainer(),
          `select channel, count(*)::int as n, count(distinct idempotency_key)::int as keys
           from notification where trigger_type = 'bonus.granted' group by channel order by channel`
        )
        expect(perKey).toEqual([
          { channel: "email", n: 30, keys: 30 },
          { channel: "feed", n: 30, keys: 30 },
          { channel: "sms", n: 30, keys: 30 },
        ])
        // A later run finds nothing more to send.
        expect(
          (
            await sendDueNotifications(getContainer(), {
              now: later,
              limit: 100,
            })
          ).claimed
        ).toEqual([])
        expect(fakes.eskiz.sent).toHaveLength(30)
      })

      it("sends a request whose send_at has passed at once and drops one beyond a year", async () => {
        const [id] = await customersWithPhones(1)
        await emit(
          getContainer(),
          request(id, "past", {
            send_at: new Date(Date.now() - 60_000).toISOString(),
          })
        )
        await waitForNotifications(getContainer(), "bonus_past", 3)
        await emit(
          getContainer(),
          request(id, "far", {
            send_at: new Date(Date.now() + 400 * 24 * 3600_000).toISOString(),
          })
        )
        await new Promise((r) => setTimeout(r, 500))
        expect(
          await sql(getContainer(), `select key from scheduled_notification`)
        ).toEqual([])
        expect(fakes.eskiz.sent.map((m) => m.message)).toEqual([
          "Bozor: Mijoz0, bonus PAST sizniki.",
        ])
      })
    })
  },
})
