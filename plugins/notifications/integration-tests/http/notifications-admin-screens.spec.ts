import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import type { EskizFake } from "../../../../integration-tests/fakes/eskiz"
import type { PlayMobileFake } from "../../../../integration-tests/fakes/playmobile"
import type { SmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  notificationHelpers,
  seedNotifications,
  startFakes,
  waitForNotifications,
} from "../helpers/notifications"

// The routes behind the dashboard's Notifications screens (#16): the
// template preview, reset to default, and the delivery log.

jest.setTimeout(180 * 1000)

let eskiz: EskizFake
let playmobile: PlayMobileFake
let smtp: SmtpSink
let stopFakes: (() => Promise<void>) | undefined

beforeAll(async () => {
  const fakes = await startFakes()
  ;({ eskiz, playmobile, smtp } = fakes)
  stopFakes = fakes.stop
})

afterAll(async () => {
  await stopFakes?.()
})

const fail = (p: Promise<any>): Promise<any> => p.catch((e: any) => e.response)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let variantId: string

    beforeAll(async () => {
      ;({ seed, variantId } = await seedNotifications(getContainer()))
    })

    beforeEach(() => {
      eskiz.reset()
      playmobile.reset()
      smtp.reset()
    })

    const { placeOrder, adminHeaders } = notificationHelpers(
      api,
      getContainer,
      () => ({ seed, variantId })
    )

    describe("POST /admin/notification-templates/preview", () => {
      const path = "/admin/notification-templates/preview"

      it("renders an SMS draft with the sample values and counts its segments", async () => {
        const headers = await adminHeaders()
        const res = await api.post(
          path,
          {
            event: "order_placed",
            channel: "sms",
            locale: "uz",
            body: "{{store_name}}: {{customer_name}}, #{{order_number}} qabul qilindi, {{total}}.",
          },
          { headers }
        )
        expect(res.status).toBe(200)
        const text =
          "Bozor: Dilnoza Karimova, #100245 qabul qilindi, 12 345 000 so'm."
        expect(res.data.preview).toMatchObject({
          event: "order_placed",
          channel: "sms",
          locale: "uz",
          subject: null,
          html: null,
          text,
          segments: { encoding: "GSM-7", units: text.length, segments: 1 },
          unknown_variables: [],
        })
        expect(res.data.preview.variables).toMatchObject({
          customer_name: "Dilnoza Karimova",
          store_name: "Bozor",
        })

        // Cyrillic is UCS-2: 70 units per single SMS, 67 per part.
        const ru = await api.post(
          path,
          {
            event: "order_placed",
            channel: "sms",
            locale: "ru",
            body: "Заказ #{{order_number}} принят. ".repeat(4),
          },
          { headers }
        )
        expect(ru.data.preview.segments).toEqual({
          encoding: "UCS-2",
          units: 88,
          segments: 2,
        })
      })

      it("renders an e-mail draft (subject and HTML) and lists unknown placeholders", async () => {
        const headers = await adminHeaders()
        const res = await api.post(
          path,
          {
            event: "order_shipped",
            channel: "email",
            locale: "en",
            subject: "Order #{{order_number}} <shipped>",
            body: "Hello {{customer_name}}!\n\nIt is on its way. {{tracking}}",
          },
          { headers }
        )
        expect(res.data.preview).toMatchObject({
          subject: "Order #100245 <shipped>",
          text: "Hello Dilnoza Karimova!\n\nIt is on its way. ",
          html: "<p>Hello Dilnoza Karimova!</p>\n<p>It is on its way. </p>",
          segments: null,
          unknown_variables: ["tracking"],
        })
      })

      it("answers 400 for unknown kinds, channels a kind is not sent by and bad bodies; 401 without an admin", async () => {
        const headers = await adminHeaders()
        const valid = {
          event: "order_placed",
          channel: "sms",
          locale: "uz",
          body: "Salom",
        }
        const cases: [Record<string, unknown>, RegExp | null][] = [
          [{ ...valid, event: "made_up_kind" }, /Unknown notification kind/],
          [{ ...valid, event: "admin_order_placed" }, /not sent by sms/],
          [{ ...valid, body: "" }, null],
          [{ ...valid, body: "x".repeat(5001) }, null],
          [{ ...valid, locale: "de" }, null],
          [{ ...valid, extra: 1 }, null],
        ]
        for (const [body, message] of cases) {
          const res = await fail(api.post(path, body, { headers }))
          expect(res.status).toBe(400)
          expect(res.data.type).toBe("invalid_data")
          if (message) {
            expect(res.data.message).toMatch(message)
          }
        }
        const anonymous = await fail(api.post(path, valid))
        expect(anonymous.status).toBe(401)
      })
    })

    describe("reset to default", () => {
      it("deletes the override found by kind, channel and language; the default text is sent again", async () => {
        const headers = await adminHeaders()
        const path = "/admin/notification-templates"
        await api.post(
          path,
          {
            event: "order_placed",
            channel: "sms",
            locale: "uz",
            body: "{{store_name}}: #{{order_number}} tayyorlanmoqda.",
          },
          { headers }
        )
        const found = await api.get(
          `${path}?event=order_placed&channel=sms&locale=uz`,
          { headers }
        )
        expect(found.data.notification_templates).toHaveLength(1)
        const id = found.data.notification_templates[0].id
        const del = await api.delete(`${path}/${id}`, { headers })
        expect(del.data).toEqual({
          id,
          object: "notification_template",
          deleted: true,
        })
        const after = await api.get(
          `${path}?event=order_placed&channel=sms&locale=uz`,
          { headers }
        )
        expect(after.data.notification_templates).toEqual([])
        const again = await fail(api.delete(`${path}/${id}`, { headers }))
        expect(again.status).toBe(404)

        const order = await placeOrder()
        await waitForNotifications(getContainer(), order.id, 3)
        expect(eskiz.sent).toHaveLength(1)
        expect(eskiz.sent[0].message).not.toContain("tayyorlanmoqda")
        expect(eskiz.sent[0].message).toContain(`#${order.display_id}`)
      })
    })

    describe("GET /admin/notification-deliveries", () => {
      const path = "/admin/notification-deliveries"

      it("lists sent and failed messages newest first, with masked recipients, provider and tries", async () => {
        const headers = await adminHeaders()
        const delivered = await placeOrder()
        await waitForNotifications(getContainer(), delivered.id, 3)
        // Both SMS routes down: the next order's SMS fails.
        eskiz.failWith("http500")
        playmobile.failWith("http500")
        const failed = await placeOrder()
        await waitForNotifications(getContainer(), failed.id, 3)

        const res = await api.get(path, { headers })
        expect(res.data).toMatchObject({ count: 6, offset: 0, limit: 20 })
        const rows = res.data.notification_deliveries
        expect(rows).toHaveLength(6)
        const times = rows.map((r: any) => new Date(r.created_at).getTime())
        expect([...times].sort((a, b) => b - a)).toEqual(times)

        const sms = rows.filter((r: any) => r.channel === "sms")
        expect(sms).toHaveLength(2)
        expect(sms).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              recipient: "********2233",
              kind: "order_placed",
              status: "success",
              provider: "eskiz",
              attempt: 1,
              tries: 1,
              error: null,
            }),
            expect.objectContaining({
              recipient: "********2233",
              kind: "order_placed",
              status: "failure",
              attempt: 1,
              tries: 1,
              error: "not_accepted",
            }),
          ])
        )
        const customerMail = rows.find(
          (r: any) => r.channel === "email" && r.kind === "order_placed"
        )
        expect(customerMail).toMatchObject({
          recipient: "g***@example.uz",
          status: "success",
          provider: "smtp",
        })
        // No full phone number or e-mail address leaves the server.
        const json = JSON.stringify(res.data)
        expect(json).not.toContain("901112233")
        expect(json).not.toContain("guest@example.uz")

        const onlyFailedSms = await api.get(
          `${path}?status=failure&channel=sms`,
          { headers }
        )
        expect(onlyFailedSms.data.count).toBe(1)
        expect(onlyFailedSms.data.notification_deliveries).toEqual([
          expect.objectContaining({ channel: "sms", status: "failure" }),
        ])
        const emails = await api.get(`${path}?channel=email&limit=2&offset=1`, {
          headers,
        })
        expect(emails.data).toMatchObject({ count: 4, offset: 1, limit: 2 })
        expect(emails.data.notification_deliveries).toHaveLength(2)
      })

      it("answers 400 for bad pages and filters, 401 without an admin", async () => {
        const headers = await adminHeaders()
        for (const q of [
          "limit=0",
          "limit=101",
          "offset=-1",
          "limit=abc",
          "status=sent",
          "channel=push",
          "to=998901112233",
        ]) {
          const res = await fail(api.get(`${path}?${q}`, { headers }))
          expect(res.status).toBe(400)
        }
        const anonymous = await fail(api.get(path))
        expect(anonymous.status).toBe(401)
      })
    })
  },
})
