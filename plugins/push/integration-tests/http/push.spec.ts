import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { seedDemoStore } from "../../../../src/scripts/seed/seed-demo-store"
import { registerCustomer } from "../../../../integration-tests/helpers/customers"
import { FcmFake, startFcmFake } from "../fakes/fcm"

jest.setTimeout(180 * 1000)

// Devices and the FCM provider against a local fake of Google's token
// endpoint and FCM HTTP v1 (fakes/fcm.ts). The env must be set before the
// runner evaluates medusa-config.ts (its beforeAll runs after this one).
let fcm: FcmFake
const saved: Record<string, string | undefined> = {}
beforeAll(async () => {
  fcm = await startFcmFake()
  const env = {
    FCM_PROJECT_ID: fcm.projectId,
    FCM_CLIENT_EMAIL: fcm.clientEmail,
    // As it comes in one env line: newlines written as \n.
    FCM_PRIVATE_KEY: fcm.privateKey.replace(/\n/g, "\\n"),
    FCM_API_URL: fcm.apiUrl,
    FCM_TOKEN_URL: fcm.tokenUrl,
    FCM_TIMEOUT_MS: "2000",
  }
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k]
    process.env[k] = v
  }
})
beforeEach(() => fcm.reset())
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) {
      delete process.env[k]
    } else {
      process.env[k] = v
    }
  }
  await fcm?.close()
})

const token = (name: string) =>
  `${name}:APA91bH${"x".repeat(120)}_${name.length}`

type DeviceRow = {
  id: string
  customer_id: string
  token: string
  platform: string
  locale: string | null
  deleted_at: Date | null
}

async function deviceRows(container: MedusaContainer): Promise<DeviceRow[]> {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select id, customer_id, token, platform, locale, deleted_at from push_device order by created_at, id`
  )
  return rows
}

async function sendPush(
  container: MedusaContainer,
  customerId: string,
  key: string,
  extra: Record<string, unknown> = {}
) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  await notifications
    .createNotifications({
      to: customerId,
      channel: "push",
      template: "order_shipped",
      receiver_id: customerId,
      idempotency_key: key,
      content: { subject: "Bozor", text: "Buyurtmangiz yo'lda" },
      ...extra,
    })
    .catch(() => undefined)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification",
    fields: ["id", "status", "external_id", "provider_id"],
    filters: { idempotency_key: key },
  })
  return data[0] as {
    id: string
    status: string
    external_id: string | null
    provider_id: string | null
  }
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
    const customer = (email: string) =>
      registerCustomer(api, publishableKey, email)

    describe("/store/customers/me/devices", () => {
      it("registers, refreshes, lists and removes only the customer's own devices", async () => {
        const aziz = await customer("aziz@example.uz")
        const malika = await customer("malika@example.uz")

        const first = await api.post(
          "/store/customers/me/devices",
          { token: token("phone-1"), platform: "android", locale: "ru" },
          { headers: aziz.headers }
        )
        expect(first.status).toBe(200)
        expect(first.data.device).toEqual({
          id: expect.stringMatching(/^pdev_/),
          token: token("phone-1"),
          platform: "android",
          locale: "ru",
          last_seen_at: expect.any(String),
          created_at: expect.any(String),
        })
        // The app registers again on start: same row, fresh values.
        const again = await api.post(
          "/store/customers/me/devices",
          { token: token("phone-1"), platform: "android", locale: "uz" },
          { headers: aziz.headers }
        )
        expect(again.data.device.id).toBe(first.data.device.id)
        expect(again.data.device.locale).toBe("uz")
        await api.post(
          "/store/customers/me/devices",
          { token: token("tablet"), platform: "ios" },
          { headers: aziz.headers }
        )
        await api.post(
          "/store/customers/me/devices",
          { token: token("malika"), platform: "web" },
          { headers: malika.headers }
        )

        const list = await api.get("/store/customers/me/devices?limit=1", {
          headers: aziz.headers,
        })
        expect(list.data).toMatchObject({ count: 2, offset: 0, limit: 1 })
        expect(list.data.devices.map((d: DeviceRow) => d.token)).toEqual([
          token("tablet"),
        ])
        const mine = await api.get("/store/customers/me/devices", {
          headers: malika.headers,
        })
        expect(mine.data.devices.map((d: DeviceRow) => d.token)).toEqual([
          token("malika"),
        ])

        // Malika cannot remove (nor learn about) Aziz's device.
        const denied = await api
          .delete(`/store/customers/me/devices/${first.data.device.id}`, {
            headers: malika.headers,
          })
          .catch((e: any) => e.response)
        expect(denied.status).toBe(404)
        const removed = await api.delete(
          `/store/customers/me/devices/${first.data.device.id}`,
          { headers: aziz.headers }
        )
        expect(removed.data).toEqual({
          id: first.data.device.id,
          object: "push_device",
          deleted: true,
        })

        const rows = await deviceRows(getContainer())
        expect(
          rows.map((r) => [
            r.customer_id,
            r.token,
            r.platform,
            r.locale,
            !!r.deleted_at,
          ])
        ).toEqual([
          [aziz.customer.id, token("phone-1"), "android", "uz", true],
          [aziz.customer.id, token("tablet"), "ios", null, false],
          [malika.customer.id, token("malika"), "web", null, false],
        ])

        // The phone changes hands: Malika logs in on it, the token moves to her.
        await api.post(
          "/store/customers/me/devices",
          { token: token("tablet"), platform: "ios", locale: "en" },
          { headers: malika.headers }
        )
        const moved = (await deviceRows(getContainer())).filter(
          (r) => r.token === token("tablet")
        )
        expect(moved.map((r) => [r.customer_id, r.locale])).toEqual([
          [malika.customer.id, "en"],
        ])
      })

      it("answers 4xx for bad input and without a customer", async () => {
        const aziz = await customer("bounds@example.uz")
        const bad = async (
          method: "get" | "post",
          url: string,
          body?: unknown
        ) => {
          const res = await (
            method === "get"
              ? api.get(url, { headers: aziz.headers })
              : api.post(url, body, { headers: aziz.headers })
          ).catch((e: any) => e.response)
          return res.status
        }
        const url = "/store/customers/me/devices"
        expect(
          await bad("post", url, { token: "short", platform: "ios" })
        ).toBe(400)
        expect(
          await bad("post", url, { token: token("a"), platform: "symbian" })
        ).toBe(400)
        expect(
          await bad("post", url, {
            token: token("a"),
            platform: "ios",
            locale: "de",
          })
        ).toBe(400)
        expect(
          await bad("post", url, {
            token: token("a"),
            platform: "ios",
            customer_id: "cus_someone_else",
          })
        ).toBe(400)
        expect(
          await bad("post", url, { token: "x".repeat(5000), platform: "ios" })
        ).toBe(400)
        expect(await bad("get", `${url}?limit=1000`)).toBe(400)
        expect(await bad("get", `${url}?offset=-1`)).toBe(400)
        const anonymous = await api
          .get(url, { headers: { "x-publishable-api-key": publishableKey } })
          .catch((e: any) => e.response)
        expect(anonymous.status).toBe(401)
        const missing = await api
          .delete(`${url}/pdev_missing`, { headers: aziz.headers })
          .catch((e: any) => e.response)
        expect(missing.status).toBe(404)
        expect(await deviceRows(getContainer())).toEqual([])
      })
    })

    describe("FCM provider (channel push)", () => {
      async function withDevices(
        email: string,
        devices: { name: string; locale?: string }[]
      ) {
        const c = await customer(email)
        for (const d of devices) {
          await api.post(
            "/store/customers/me/devices",
            { token: token(d.name), platform: "android", locale: d.locale },
            { headers: c.headers }
          )
        }
        return c.customer.id
      }

      it("sends one message per device, in each device's language, with a service-account bearer token", async () => {
        const customerId = await withDevices("two-phones@example.uz", [
          { name: "uz-phone", locale: "uz" },
          { name: "ru-phone", locale: "ru" },
        ])
        const sent = await sendPush(getContainer(), customerId, "push-test:1", {
          data: {
            push_texts: {
              uz: { title: "Bozor", body: "Buyurtmangiz yo'lda" },
              ru: { title: "Bozor", body: "Ваш заказ в пути" },
            },
            push_link: "bozor://orders/1001",
          },
        })
        expect(sent).toMatchObject({ status: "success", provider_id: "fcm" })
        expect(fcm.rejected).toEqual([])
        expect(fcm.tokensIssued).toHaveLength(1)
        expect(
          [...fcm.sent].sort((a, b) => a.token.localeCompare(b.token))
        ).toEqual([
          {
            token: token("ru-phone"),
            notification: { title: "Bozor", body: "Ваш заказ в пути" },
            data: {
              template: "order_shipped",
              notification_id: sent.id,
              link: "bozor://orders/1001",
            },
          },
          {
            token: token("uz-phone"),
            notification: { title: "Bozor", body: "Buyurtmangiz yo'lda" },
            data: {
              template: "order_shipped",
              notification_id: sent.id,
              link: "bozor://orders/1001",
            },
          },
        ])
        expect(sent.external_id).toMatch(
          /^fcm:projects\/bozor-test\/messages\/[^,]+,projects\/bozor-test\/messages\/[^,]+$/
        )

        // The access token is reused until it expires; the same key sends nothing.
        const next = await sendPush(getContainer(), customerId, "push-test:2")
        expect(next.status).toBe("success")
        await sendPush(getContainer(), customerId, "push-test:2")
        expect(fcm.tokensIssued).toHaveLength(1)
        expect(fcm.sent).toHaveLength(4)
        expect(fcm.sent.slice(2).map((m) => m.notification)).toEqual([
          { title: "Bozor", body: "Buyurtmangiz yo'lda" },
          { title: "Bozor", body: "Buyurtmangiz yo'lda" },
        ])
      })

      it("removes a device FCM reports UNREGISTERED and still delivers to the others", async () => {
        const customerId = await withDevices("old-phone@example.uz", [
          { name: "old-phone" },
          { name: "new-phone" },
        ])
        fcm.unregistered.add(token("old-phone"))
        const sent = await sendPush(getContainer(), customerId, "push-test:3")
        expect(sent.status).toBe("success")
        expect(fcm.sent.map((m) => m.token)).toEqual([token("new-phone")])
        const rows = await deviceRows(getContainer())
        expect(rows.map((r) => [r.token, !!r.deleted_at])).toEqual([
          [token("old-phone"), true],
          [token("new-phone"), false],
        ])
        // Next time only the live device is tried.
        await sendPush(getContainer(), customerId, "push-test:4")
        expect(fcm.requests.map((r) => [r.token, r.status])).toEqual([
          [token("old-phone"), 404],
          [token("new-phone"), 200],
          [token("new-phone"), 200],
        ])
      })

      it("delivers a customer message requested through notification.requested to every device", async () => {
        // The store's notifications plugin pushes every customer message when
        // FCM is configured: this is the contract any capability uses.
        const customerId = await withDevices("requested@example.uz", [
          { name: "req-phone" },
          { name: "req-tablet" },
        ])
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({
            name: "notification.requested",
            data: {
              kind: "bonus_granted",
              audience: "customer",
              customer_id: customerId,
              event_name: "bonus.granted",
              resource_type: "bonus",
              resource_id: "bonus_push",
              source_id: "push",
              variables: { code: "B-7" },
              templates: {
                sms: {
                  uz: "{{store_name}}: bonus {{code}} sizniki.",
                  ru: "{{store_name}}: бонус {{code}} ваш.",
                  en: "{{store_name}}: bonus {{code}} is yours.",
                },
              },
            },
          })
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        let rows: { channel: string; status: string; external_id: string }[] =
          []
        for (let i = 0; i < 100; i++) {
          const { data } = await query.graph({
            entity: "notification",
            fields: ["channel", "status", "external_id"],
            filters: { resource_id: "bonus_push", channel: "push" },
          })
          rows = data as typeof rows
          if (rows.length && rows[0].status !== "pending") {
            break
          }
          await new Promise((r) => setTimeout(r, 100))
        }
        expect(rows).toEqual([
          {
            channel: "push",
            status: "success",
            external_id: expect.stringMatching(/^fcm:projects\/bozor-test\//),
          },
        ])
        expect(
          fcm.sent
            .map((m) => [m.token, m.notification, m.data?.template])
            .sort()
        ).toEqual([
          [
            token("req-phone"),
            { body: "Bozor: bonus B-7 sizniki." },
            "bonus_granted",
          ],
          [
            token("req-tablet"),
            { body: "Bozor: bonus B-7 sizniki." },
            "bonus_granted",
          ],
        ])
      })

      it("fails (retriable) on 429 and keeps the device; a customer without devices gets nothing", async () => {
        const customerId = await withDevices("busy@example.uz", [
          { name: "busy-phone" },
        ])
        fcm.throttled.add(token("busy-phone"))
        const failed = await sendPush(getContainer(), customerId, "push-test:5")
        expect(failed).toMatchObject({ status: "failure", external_id: null })
        expect(fcm.requests).toEqual([
          { token: token("busy-phone"), status: 429 },
        ])
        expect((await deviceRows(getContainer()))[0].deleted_at).toBeNull()

        // FCM has capacity again: the next message (a retry is a new row) goes out.
        fcm.throttled.clear()
        const retried = await sendPush(
          getContainer(),
          customerId,
          "push-test:5:retry"
        )
        expect(retried.status).toBe("success")
        expect(fcm.sent.map((m) => m.token)).toEqual([token("busy-phone")])

        const lonely = await customer("no-phone@example.uz")
        const none = await sendPush(
          getContainer(),
          lonely.customer.id,
          "push-test:6"
        )
        expect(none).toMatchObject({
          status: "success",
          external_id: "fcm:no-devices",
        })
        expect(fcm.sent).toHaveLength(1)
      })
    })
  },
})
