import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import {
  DEMO,
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  EskizFake,
  startEskizFake,
} from "../../../../integration-tests/fakes/eskiz"
import {
  PlayMobileFake,
  startPlayMobileFake,
} from "../../../../integration-tests/fakes/playmobile"
import {
  SmtpSink,
  startSmtpSink,
} from "../../../../integration-tests/fakes/smtp"
import {
  sendOrderNotificationsWorkflow,
  retryFailedNotificationsWorkflow,
  updateNotificationPreferencesWorkflow,
  upsertNotificationPreferenceStepId,
  upsertNotificationTemplateWorkflow,
  upsertNotificationTemplateStepId,
} from "@bozor/medusa-notifications/workflows"
import { countSmsSegments } from "@bozor/uz-utils"

jest.setTimeout(180 * 1000)

const ESKIZ = { email: "shop@bozor.uz", password: "eskiz-test-password" }
const PLAYMOBILE = { login: "bozor", password: "playmobile-test-password" }
const CALLBACK_SECRET = "cb-secret-1234567890"

let eskiz: EskizFake
let playmobile: PlayMobileFake
let smtp: SmtpSink
const savedEnv: Record<string, string | undefined> = {}

// medusa-config.ts is evaluated in the runner's beforeAll: the fakes and the
// provider env must exist before it, so this outer hook runs first.
beforeAll(async () => {
  eskiz = await startEskizFake(ESKIZ)
  playmobile = await startPlayMobileFake(PLAYMOBILE)
  smtp = await startSmtpSink()
  const env: Record<string, string> = {
    ESKIZ_EMAIL: ESKIZ.email,
    ESKIZ_PASSWORD: ESKIZ.password,
    ESKIZ_FROM: "BOZOR",
    ESKIZ_API_URL: eskiz.url,
    ESKIZ_CALLBACK_URL: "http://localhost:9000/hooks/eskiz/status",
    ESKIZ_CALLBACK_SECRET: CALLBACK_SECRET,
    SMS_TIMEOUT_MS: "1500",
    PLAYMOBILE_LOGIN: PLAYMOBILE.login,
    PLAYMOBILE_PASSWORD: PLAYMOBILE.password,
    PLAYMOBILE_ORIGINATOR: "BOZOR",
    PLAYMOBILE_API_URL: playmobile.url,
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: "Bozor <no-reply@bozor.uz>",
  }
  for (const [k, v] of Object.entries(env)) {
    savedEnv[k] = process.env[k]
    process.env[k] = v
  }
})

afterAll(async () => {
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) {
      delete process.env[k]
    } else {
      process.env[k] = v
    }
  }
  await Promise.all([eskiz?.close(), playmobile?.close(), smtp?.close()])
})

type NotificationRow = {
  id: string
  to: string
  channel: string
  template: string
  status: string
  external_id: string | null
  idempotency_key: string | null
  provider_id: string | null
  trigger_type: string | null
  resource_id: string | null
  receiver_id: string | null
  original_notification_id: string | null
  data: Record<string, unknown> | null
}

async function notificationsFor(
  container: MedusaContainer,
  resourceId: string
): Promise<NotificationRow[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "notification",
    fields: [
      "id",
      "to",
      "channel",
      "template",
      "status",
      "external_id",
      "idempotency_key",
      "provider_id",
      "trigger_type",
      "resource_id",
      "receiver_id",
      "original_notification_id",
      "data",
    ],
    filters: { resource_id: resourceId },
  })
  return data as NotificationRow[]
}

/** Polls (bounded) until `count` notifications of the resource have left `pending`. */
async function waitForNotifications(
  container: MedusaContainer,
  resourceId: string,
  count: number
) {
  let rows: NotificationRow[] = []
  for (let i = 0; i < 100; i++) {
    rows = await notificationsFor(container, resourceId)
    if (rows.length >= count && rows.every((r) => r.status !== "pending")) {
      return rows
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(
    `Expected ${count} notifications for ${resourceId}, got ${JSON.stringify(rows, null, 2)}`
  )
}

async function customerToken(
  api: AxiosInstance,
  email = DEMO.customerEmail,
  password = DEMO.customerPassword
) {
  const { data } = await api.post("/auth/customer/emailpass", {
    email,
    password,
  })
  return data.token as string
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variantId: string

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: "test-admin-pass",
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku: "QOZON-STANDART" },
      })
      variantId = data[0].id
    })

    beforeEach(() => {
      eskiz.reset()
      playmobile.reset()
      smtp.reset()
    })

    /** Completes a checkout; as the demo customer when `token` is given, as a guest otherwise. */
    async function placeOrder(opts: { token?: string; email?: string } = {}) {
      const { cartId, headers } = await prepareCart(api, {
        publishableKey: seed.publishableKey,
        regionId: seed.regionUzId,
        variantId,
        quantity: 2,
        email:
          opts.email ?? (opts.token ? DEMO.customerEmail : "guest@example.uz"),
        shippingOption: "Toshkent bo'ylab kuryer",
      })
      if (opts.token) {
        await api.post(
          `/store/carts/${cartId}/customer`,
          {},
          { headers: { ...headers, authorization: `Bearer ${opts.token}` } }
        )
      }
      const res = await api.post(
        `/store/carts/${cartId}/complete`,
        {},
        { headers }
      )
      expect(res.data.type).toBe("order")
      return res.data.order as { id: string; display_id: number }
    }

    async function adminHeaders() {
      const { data } = await api.post("/auth/user/emailpass", {
        email: seed.adminEmail,
        password: "test-admin-pass",
      })
      return { authorization: `Bearer ${data.token}` }
    }

    async function smsRows(orderId: string) {
      return (await notificationsFor(getContainer(), orderId)).filter(
        (r) => r.channel === "sms"
      )
    }

    async function deliveryOf(notificationId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "notification_delivery",
        fields: ["route", "external_id", "status", "status_at", "sms_count"],
        filters: { notification_id: notificationId },
      })
      return data[0]
    }

    /** The delivery row is written by the step after the send: poll for it (bounded). */
    async function waitForDelivery(notificationId: string) {
      for (let i = 0; i < 100; i++) {
        const delivery = await deliveryOf(notificationId)
        if (delivery) {
          return delivery
        }
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error(`No delivery record for ${notificationId}`)
    }

    async function runRetry(now: Date) {
      const { result } = await retryFailedNotificationsWorkflow(
        getContainer()
      ).run({
        input: {
          max_attempts: 4,
          base_delay_seconds: 300,
          max_age_hours: 48,
          batch_size: 100,
          now: now.toISOString(),
        },
      })
      return result
    }

    describe("order placed", () => {
      it("sends the customer an Uzbek SMS through Eskiz, an e-mail over SMTP and the admin an e-mail", async () => {
        const token = await customerToken(api)
        const order = await placeOrder({ token })
        const rows = await waitForNotifications(getContainer(), order.id, 3)

        expect(eskiz.sent).toEqual([
          {
            mobile_phone: "998901234567",
            message: `Bozor: buyurtmangiz #${order.display_id} qabul qilindi. Summa: 1 325 000 so'm. Rahmat!`,
            from: "BOZOR",
            callback_url: expect.any(String),
            request_id: expect.any(String),
          },
        ])
        expect(eskiz.logins).toBe(1)
        expect(playmobile.sent).toEqual([])

        const sms = rows.find((r) => r.channel === "sms")!
        // Per-message callback URL: no secret in it, only that message's token.
        expect(eskiz.sent[0].callback_url).toMatch(
          new RegExp(
            `^http://localhost:9000/hooks/eskiz/status/${sms.id}/[0-9a-f]{32}$`
          )
        )
        expect(eskiz.sent[0].callback_url).not.toContain(CALLBACK_SECRET)
        expect(sms).toMatchObject({
          to: "+998901234567",
          template: "order_placed",
          status: "success",
          provider_id: "eskiz",
          trigger_type: "order.placed",
          idempotency_key: `order-placed:${order.id}:sms`,
          external_id: `eskiz:${eskiz.sent[0].request_id}`,
        })

        const customerMail = smtp.mails.find((m) =>
          m.to.includes(DEMO.customerEmail)
        )!
        expect(customerMail.subject).toBe(
          `Buyurtma #${order.display_id} qabul qilindi`
        )
        expect(customerMail.text).toBe(
          `Assalomu alaykum, Dilnoza Karimova!\n\nBuyurtmangiz #${order.display_id} qabul qilindi. Summa: 1 325 000 so'm. Rahmat!\n\nHurmat bilan,\nBozor jamoasi`
        )
        expect(customerMail.html).toContain(
          `<p>Assalomu alaykum, Dilnoza Karimova!</p>`
        )
        expect(customerMail.html).toContain("so&#39;m")

        const adminMail = smtp.mails.find((m) =>
          m.to.includes(seed.adminEmail)
        )!
        expect(adminMail.subject).toBe(
          `Yangi buyurtma #${order.display_id} (1 325 000 so'm)`
        )
        expect(
          rows.filter((r) => r.channel === "email").map((r) => r.status)
        ).toEqual(["success", "success"])
        expect(
          rows.find((r) => r.template === "admin_order_placed")
        ).toMatchObject({
          to: seed.adminEmail,
          provider_id: "smtp",
        })
      })

      it("writes Russian customers in Russian (UCS-2, counted as such)", async () => {
        const token = await customerToken(api)
        await api.post(
          "/store/customers/me",
          { metadata: { locale: "ru" } },
          {
            headers: {
              "x-publishable-api-key": seed.publishableKey,
              authorization: `Bearer ${token}`,
            },
          }
        )
        const order = await placeOrder({ token })
        await waitForNotifications(getContainer(), order.id, 3)
        const text = `Bozor: заказ #${order.display_id} принят. Сумма: 1 325 000 сум. Спасибо!`
        expect(eskiz.sent.map((m) => m.message)).toEqual([text])
        expect(countSmsSegments(text)).toEqual({
          encoding: "UCS-2",
          units: text.length,
          segments: 1,
        })
        const mail = smtp.mails.find((m) => m.to.includes(DEMO.customerEmail))!
        expect(mail.subject).toBe(`Заказ #${order.display_id} принят`)
        expect(mail.text).toContain("Здравствуйте, Dilnoza Karimova!")
        // The admin e-mail is not in the customer's language.
        const admin = smtp.mails.find((m) => m.to.includes(seed.adminEmail))!
        expect(admin.subject).toBe(
          `Yangi buyurtma #${order.display_id} (1 325 000 so'm)`
        )
      })

      it("writes English customers in English", async () => {
        const token = await customerToken(api)
        await api.post(
          "/store/customers/me",
          { metadata: { locale: "en-GB" } },
          {
            headers: {
              "x-publishable-api-key": seed.publishableKey,
              authorization: `Bearer ${token}`,
            },
          }
        )
        const order = await placeOrder({ token })
        const rows = await waitForNotifications(getContainer(), order.id, 3)
        expect(eskiz.sent.map((m) => m.message)).toEqual([
          `Bozor: your order #${order.display_id} has been received. Total: 1 325 000 UZS. Thank you!`,
        ])
        const mail = smtp.mails.find((m) => m.to.includes(DEMO.customerEmail))!
        expect(mail.subject).toBe(`Order #${order.display_id} received`)
        expect(rows.find((r) => r.channel === "sms")!.data).toMatchObject({
          locale: "en",
          template_source: "default",
          order_number: String(order.display_id),
        })
      })

      // The Eskiz token itself (its table, 401 retry, refresh) is tested in
      // plugins/eskiz/integration-tests/http/eskiz-send.spec.ts.
      it("sends a guest's SMS to the shipping phone", async () => {
        const order = await placeOrder()
        const rows = await waitForNotifications(getContainer(), order.id, 3)
        expect(eskiz.sent.map((m) => m.mobile_phone)).toEqual(["998901112233"])
        expect(
          rows.find(
            (r) => r.channel === "email" && r.template === "order_placed"
          )!.to
        ).toBe("guest@example.uz")
      })

      it("refuses an invalid Uzbek number without calling any SMS provider", async () => {
        const { cartId, headers } = await prepareCart(api, {
          publishableKey: seed.publishableKey,
          regionId: seed.regionUzId,
          variantId,
          email: "landline@example.uz",
          shippingOption: "Toshkent bo'ylab kuryer",
          address: {
            first_name: "Aziz",
            last_name: "Rahimov",
            address_1: "Navoiy ko'chasi, 10",
            city: "Toshkent",
            province: "uz-tk",
            country_code: "uz",
            postal_code: "100011",
            phone: "+998 71 123 45 67",
          },
        })
        const { data } = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers }
        )
        const rows = await waitForNotifications(
          getContainer(),
          data.order.id,
          3
        )
        const sms = rows.find((r) => r.channel === "sms")!
        expect(sms.status).toBe("failure")
        expect(sms.external_id).toBeNull()
        expect(eskiz.sent).toEqual([])
        expect(eskiz.logins).toBe(0)
        expect(playmobile.sent).toEqual([])
        expect(
          rows
            .filter((r) => r.channel === "email")
            .every((r) => r.status === "success")
        ).toBe(true)
      })

      it("never sends twice when the event is delivered again", async () => {
        const order = await placeOrder()
        const before = await waitForNotifications(getContainer(), order.id, 3)
        const again = await Promise.all([
          sendOrderNotificationsWorkflow(getContainer()).run({
            input: {
              kind: "order_placed",
              event_name: "order.placed",
              resource_id: order.id,
            },
          }),
          sendOrderNotificationsWorkflow(getContainer()).run({
            input: {
              kind: "order_placed",
              event_name: "order.placed",
              resource_id: order.id,
            },
          }),
        ])
        expect(again.map((r) => r.result)).toEqual([[], []])
        expect(eskiz.sent).toHaveLength(1)
        expect(smtp.mails).toHaveLength(2)
        const after = await notificationsFor(getContainer(), order.id)
        expect(after.map((r) => r.id).sort()).toEqual(
          before.map((r) => r.id).sort()
        )
      })
    })

    describe("PlayMobile fallback", () => {
      it.each(["http500", "timeout", "reject"] as const)(
        "delivers through PlayMobile when Eskiz fails (%s) and records the route",
        async (mode) => {
          eskiz.failWith(mode)
          const order = await placeOrder()
          await waitForNotifications(getContainer(), order.id, 3)
          const [sms] = await smsRows(order.id)
          expect(eskiz.sent).toEqual([])
          expect(playmobile.sent).toEqual([
            {
              recipient: "998901112233",
              "message-id": sms.id.replace(/_/g, ""),
              sms: {
                originator: "BOZOR",
                content: {
                  text: `Bozor: buyurtmangiz #${order.display_id} qabul qilindi. Summa: 1 325 000 so'm. Rahmat!`,
                },
              },
            },
          ])
          expect(sms.status).toBe("success")
          expect(sms.external_id).toBe(`playmobile:${sms.id.replace(/_/g, "")}`)
          expect(await waitForDelivery(sms.id)).toMatchObject({
            route: "playmobile",
            status: null,
          })
        }
      )
    })

    describe("retries", () => {
      it("retries a failed SMS with backoff and ends as failed after 4 tries", async () => {
        eskiz.failWith("http500")
        playmobile.failWith("http500")
        const order = await placeOrder()
        await waitForNotifications(getContainer(), order.id, 3)
        const [original] = await smsRows(order.id)
        expect(original.status).toBe("failure")
        const t0 = Date.now()
        const at = (s: number) => new Date(t0 + s * 1000)

        // Backoff is measured from the real time of the last try: 5, 10, then
        // 20 minutes. `at()` runs the job at a simulated later time.
        expect(await runRetry(at(60))).toMatchObject({
          retried: 0,
          waiting: 1,
          exhausted: [],
        })
        expect(await runRetry(at(301))).toMatchObject({
          retried: 1,
          delivered: 0,
        })
        expect(await runRetry(at(301))).toMatchObject({
          retried: 0,
          waiting: 1,
        })
        expect(await runRetry(at(540))).toMatchObject({
          retried: 0,
          waiting: 1,
        })
        expect(await runRetry(at(640))).toMatchObject({ retried: 1 })
        expect(await runRetry(at(1140))).toMatchObject({
          retried: 0,
          waiting: 1,
        })
        expect(await runRetry(at(1260))).toMatchObject({ retried: 1 })
        expect(await runRetry(at(1260 + 5000))).toMatchObject({
          retried: 0,
          waiting: 0,
          exhausted: [original.id],
        })

        const rows = await smsRows(order.id)
        expect(rows).toHaveLength(4)
        expect(rows.every((r) => r.status === "failure")).toBe(true)
        const retries = rows.filter(
          (r) => r.original_notification_id === original.id
        )
        expect(retries.map((r) => r.idempotency_key).sort()).toEqual([
          `order-placed:${order.id}:sms:retry:1`,
          `order-placed:${order.id}:sms:retry:2`,
          `order-placed:${order.id}:sms:retry:3`,
        ])
        expect(eskiz.sent).toEqual([])
        expect(playmobile.sent).toEqual([])
      })

      it("stops retrying once a retry is delivered", async () => {
        eskiz.failWith("http500")
        playmobile.failWith("http500")
        const order = await placeOrder()
        await waitForNotifications(getContainer(), order.id, 3)
        eskiz.failWith(null)
        playmobile.failWith(null)
        const later = new Date(Date.now() + 301 * 1000)
        expect(await runRetry(later)).toMatchObject({
          retried: 1,
          delivered: 1,
        })
        expect(
          await runRetry(new Date(Date.now() + 86400 * 1000))
        ).toMatchObject({ retried: 0, waiting: 0 })
        expect(eskiz.sent.map((m) => m.message)).toEqual([
          `Bozor: buyurtmangiz #${order.display_id} qabul qilindi. Summa: 1 325 000 so'm. Rahmat!`,
        ])
        const rows = await smsRows(order.id)
        expect(rows.map((r) => r.status).sort()).toEqual(["failure", "success"])
      })
    })

    describe("stuck notifications", () => {
      it("resends a notification left pending by a crashed process", async () => {
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        const text =
          "Bozor: buyurtmangiz #7 qabul qilindi. Summa: 35 000 so'm. Rahmat!"
        const createdAt = new Date(Date.now() - 3600 * 1000)
        await pg("notification").insert({
          id: "noti_stuck",
          to: "+998 93 765 43 21",
          channel: "sms",
          template: "order_placed",
          data: JSON.stringify({ text, locale: "uz" }),
          trigger_type: "order.placed",
          resource_type: "order",
          resource_id: "order_stuck",
          idempotency_key: "order-placed:order_stuck:sms",
          provider_id: "eskiz",
          status: "pending",
          created_at: createdAt,
        })
        // A fresh pending row (being sent right now) is left alone.
        expect(
          await runRetry(new Date(createdAt.getTime() + 60 * 1000))
        ).toMatchObject({
          retried: 0,
        })
        expect(await runRetry(new Date())).toMatchObject({
          retried: 1,
          delivered: 1,
        })
        expect(eskiz.sent.map((m) => [m.mobile_phone, m.message])).toEqual([
          ["998937654321", text],
        ])
        const rows = await notificationsFor(getContainer(), "order_stuck")
        expect(
          rows.find((r) => r.original_notification_id === "noti_stuck")
        ).toMatchObject({
          status: "success",
          idempotency_key: "order-placed:order_stuck:sms:retry:1",
        })
        expect(
          await runRetry(new Date(Date.now() + 86400 * 1000))
        ).toMatchObject({ retried: 0 })
      })
    })

    describe("order lifecycle", () => {
      it("sends a receipt, refund, shipped and delivered message", async () => {
        const order = await placeOrder()
        await waitForNotifications(getContainer(), order.id, 3)
        const admin = await adminHeaders()
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [stored],
        } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "items.id",
            "items.quantity",
            "payment_collections.payments.id",
          ],
          filters: { id: order.id },
        })
        const paymentId = stored.payment_collections![0]!.payments![0]!.id

        await api.post(
          `/admin/payments/${paymentId}/capture`,
          {},
          { headers: admin }
        )
        await waitForNotifications(getContainer(), order.id, 5)
        await api.post(
          `/admin/payments/${paymentId}/refund`,
          { amount: 100000 },
          { headers: admin }
        )
        await waitForNotifications(getContainer(), order.id, 7)

        // Two of the one line item were ordered.
        const items = (stored.items as ({ id: string } | null)[]).map((i) => ({
          id: i!.id,
          quantity: 2,
        }))
        await api.post(
          `/admin/orders/${order.id}/fulfillments`,
          { items },
          { headers: admin }
        )
        const {
          data: [withFulfillment],
        } = await query.graph({
          entity: "order",
          fields: ["fulfillments.id"],
          filters: { id: order.id },
        })
        const fulfillmentId = withFulfillment.fulfillments![0]!.id
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
          { items },
          { headers: admin }
        )
        await waitForNotifications(getContainer(), order.id, 9)
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/mark-as-delivered`,
          {},
          { headers: admin }
        )
        const rows = await waitForNotifications(getContainer(), order.id, 11)

        const n = order.display_id
        expect(eskiz.sent.map((m) => m.message)).toEqual([
          `Bozor: buyurtmangiz #${n} qabul qilindi. Summa: 1 325 000 so'm. Rahmat!`,
          `Bozor: #${n} buyurtma uchun 1 325 000 so'm to'lov qabul qilindi. Rahmat!`,
          `Bozor: #${n} buyurtma bo'yicha 100 000 so'm qaytarildi.`,
          `Bozor: #${n} buyurtmangiz jo'natildi. Tez orada yetkaziladi.`,
          `Bozor: #${n} buyurtmangiz yetkazildi. Xaridingiz uchun rahmat!`,
        ])
        expect(
          rows
            .filter((r) => r.channel === "sms")
            .map((r) => r.trigger_type)
            .sort()
        ).toEqual([
          "delivery.created",
          "order.placed",
          "payment.captured",
          "payment.refunded",
          "shipment.created",
        ])
        expect(rows.every((r) => r.status === "success")).toBe(true)
        expect(smtp.mails.map((m) => m.subject)).toEqual(
          expect.arrayContaining([
            `#${n} buyurtma uchun to'lov cheki`,
            `Buyurtma #${n} yetkazildi`,
          ])
        )
      })

      it("tells the customer when the order is canceled", async () => {
        const order = await placeOrder()
        await waitForNotifications(getContainer(), order.id, 3)
        await api.post(
          `/admin/orders/${order.id}/cancel`,
          {},
          { headers: await adminHeaders() }
        )
        const rows = await waitForNotifications(getContainer(), order.id, 5)
        expect(eskiz.sent[1].message).toBe(
          `Bozor: #${order.display_id} buyurtmangiz bekor qilindi. Savollar bo'lsa, biz bilan bog'laning.`
        )
        expect(
          rows.find(
            (r) => r.trigger_type === "order.canceled" && r.channel === "email"
          )!.idempotency_key
        ).toBe(`order-canceled:${order.id}:email`)
      })
    })

    describe("notification preferences", () => {
      const path = "/store/customers/me/notification-preferences"

      it("lets a customer opt out of transactional SMS while e-mail stays on", async () => {
        const token = await customerToken(api)
        const headers = {
          "x-publishable-api-key": seed.publishableKey,
          authorization: `Bearer ${token}`,
        }
        const initial = await api.get(path, { headers })
        expect(initial.data.notification_preferences).toMatchObject({
          sms_transactional: true,
          sms_marketing: false,
          email_transactional: true,
          email_marketing: false,
        })
        const res = await api.post(
          path,
          { sms_transactional: false },
          { headers }
        )
        expect(res.data.notification_preferences).toMatchObject({
          sms_transactional: false,
          email_transactional: true,
        })

        const order = await placeOrder({ token })
        const rows = await waitForNotifications(getContainer(), order.id, 2)
        expect(rows.map((r) => r.channel)).toEqual(["email", "email"])
        expect(eskiz.sent).toEqual([])
        expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual(
          [seed.adminEmail, DEMO.customerEmail].sort()
        )
      })

      it("rejects bad input with 400 and changes nothing; requires a login; shows only one's own data", async () => {
        const token = await customerToken(api)
        const headers = {
          "x-publishable-api-key": seed.publishableKey,
          authorization: `Bearer ${token}`,
        }
        await api.post(path, { email_marketing: true }, { headers })
        const fail = (p: Promise<any>): Promise<any> =>
          p.catch((e: any) => e.response)

        for (const body of [
          {},
          { sms_transactional: "no" },
          { sms_transactional: false, customer_id: "cus_other" },
          { sms_transactional: false, email_transactional: false },
        ]) {
          const res = await fail(api.post(path, body, { headers }))
          expect(res.status).toBe(400)
        }
        const after = await api.get(path, { headers })
        expect(after.data.notification_preferences).toMatchObject({
          sms_transactional: true,
          email_transactional: true,
          email_marketing: true,
        })

        const anonymous = await fail(
          api.get(path, {
            headers: { "x-publishable-api-key": seed.publishableKey },
          })
        )
        expect(anonymous.status).toBe(401)

        // Another customer sees their own defaults, not the demo customer's choices.
        await api
          .post("/auth/customer/emailpass/register", {
            email: "boshqa@bozor.uz",
            password: "boshqa-parol",
          })
          .then(async ({ data }: { data: { token: string } }) => {
            await api.post(
              "/store/customers",
              { email: "boshqa@bozor.uz", first_name: "Boshqa" },
              {
                headers: {
                  "x-publishable-api-key": seed.publishableKey,
                  authorization: `Bearer ${data.token}`,
                },
              }
            )
          })
        const other = await customerToken(
          api,
          "boshqa@bozor.uz",
          "boshqa-parol"
        )
        const mine = await api.get(path, {
          headers: {
            "x-publishable-api-key": seed.publishableKey,
            authorization: `Bearer ${other}`,
          },
        })
        expect(mine.data.notification_preferences.email_marketing).toBe(false)
        expect(mine.data.notification_preferences.customer_id).not.toBe(
          after.data.notification_preferences.customer_id
        )
      })
    })

    describe("/admin/notification-templates", () => {
      const path = "/admin/notification-templates"

      it("overrides a template for later messages", async () => {
        const headers = await adminHeaders()
        const body = {
          event: "order_placed",
          channel: "sms",
          locale: "uz",
          body: "{{store_name}}: #{{order_number}} qabul qilindi, jami {{total}}.",
        }
        const res = await api.post(path, body, { headers })
        expect(res.data.notification_template).toMatchObject({
          ...body,
          subject: null,
          html: null,
        })
        // Posting again replaces it rather than adding a second one.
        await api.post(
          path,
          { ...body, body: "{{store_name}}: #{{order_number}} qabul qilindi." },
          { headers }
        )
        const list = await api.get(path, { headers })
        expect(list.data.count).toBe(1)

        const order = await placeOrder()
        await waitForNotifications(getContainer(), order.id, 3)
        expect(eskiz.sent.map((m) => m.message)).toEqual([
          `Bozor: #${order.display_id} qabul qilindi.`,
        ])

        await api.delete(`${path}/${list.data.notification_templates[0].id}`, {
          headers,
        })
        expect((await api.get(path, { headers })).data.count).toBe(0)
      })

      it("rejects invalid templates with 400 and stores nothing; requires an admin", async () => {
        const headers = await adminHeaders()
        const fail = (p: Promise<any>): Promise<any> =>
          p.catch((e: any) => e.response)
        const valid = {
          event: "order_shipped",
          channel: "sms",
          locale: "ru",
          body: "Заказ #{{order_number}} в пути.",
        }
        for (const body of [
          { ...valid, body: "Hi {{password}}" },
          { ...valid, body: "Очень длинный текст. ".repeat(8) },
          { ...valid, channel: "email" },
          { ...valid, subject: "SMS has none" },
          { ...valid, event: "order_lost" },
          { ...valid, extra: 1 },
          { ...valid, event: "admin_order_placed" },
        ]) {
          const res = await fail(api.post(path, body, { headers }))
          expect([res.status, body]).toEqual([400, body])
        }
        expect((await api.get(path, { headers })).data.count).toBe(0)
        expect((await fail(api.get(path))).status).toBe(401)
        expect((await fail(api.post(path, valid))).status).toBe(401)
      })
    })

    describe("compensation", () => {
      /** State of the compensation of `stepId` in a finished run (the appended "throw" step itself ends failed). */
      function compensationOf(
        transaction: {
          getFlow: () => {
            steps: Record<
              string,
              {
                definition?: { action?: string }
                compensate: { state: string }
              }
            >
          }
        },
        stepId: string
      ) {
        const step = Object.values(transaction.getFlow().steps).find(
          (s) => s.definition?.action === stepId
        )
        return step?.compensate.state
      }

      it("restores the previous preferences when the update workflow fails after writing", async () => {
        const token = await customerToken(api)
        const headers = {
          "x-publishable-api-key": seed.publishableKey,
          authorization: `Bearer ${token}`,
        }
        const { data } = await api.post(
          "/store/customers/me/notification-preferences",
          { email_marketing: true },
          { headers }
        )
        const customerId = data.notification_preferences.customer_id

        const workflow = updateNotificationPreferencesWorkflow(getContainer())
        workflow.appendAction("throw", upsertNotificationPreferenceStepId, {
          invoke: async () => {
            throw new Error("Failed after the preference was written")
          },
        })
        const { errors, transaction } = await workflow.run({
          input: {
            customer_id: customerId,
            update: { sms_transactional: false, email_marketing: false },
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "Failed after the preference was written"
        )
        expect(
          compensationOf(transaction, upsertNotificationPreferenceStepId)
        ).toBe("reverted")

        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        const rows = await pg("notification_preference")
          .where({ customer_id: customerId })
          .select("sms_transactional", "email_marketing", "deleted_at")
        expect(rows).toEqual([
          { sms_transactional: true, email_marketing: true, deleted_at: null },
        ])
      })

      it("removes a template created by a failed upsert", async () => {
        const workflow = upsertNotificationTemplateWorkflow(getContainer())
        workflow.appendAction("throw", upsertNotificationTemplateStepId, {
          invoke: async () => {
            throw new Error("Failed after the template was written")
          },
        })
        const { errors, transaction } = await workflow.run({
          input: {
            event: "order_placed",
            channel: "sms",
            locale: "en",
            body: "Order #{{order_number}}",
          },
          throwOnError: false,
        })
        expect(errors[0].error.message).toBe(
          "Failed after the template was written"
        )
        expect(
          compensationOf(transaction, upsertNotificationTemplateStepId)
        ).toBe("reverted")
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        expect(
          await pg("notification_template")
            .whereNull("deleted_at")
            .count("* as n")
        ).toEqual([{ n: "0" }])
      })
    })
  },
})
