import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderNotificationsWorkflow } from "@bozor/medusa-notifications/workflows"
import { countSmsSegments } from "@bozor/uz-utils"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"
import {
  DEMO,
  type SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import type { EskizFake } from "../../../../integration-tests/fakes/eskiz"
import type { PlayMobileFake } from "../../../../integration-tests/fakes/playmobile"
import type { SmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  CALLBACK_SECRET,
  customerToken,
  notificationHelpers,
  notificationsFor,
  seedNotifications,
  startFakes,
  waitForNotifications,
} from "../helpers/notifications"

jest.setTimeout(180 * 1000)

let eskiz: EskizFake
let playmobile: PlayMobileFake
let smtp: SmtpSink
let stopFakes: (() => Promise<void>) | undefined

// medusa-config.ts is evaluated in the runner's beforeAll: the fakes and the
// provider env must exist before it, so this outer hook runs first.
beforeAll(async () => {
  const fakes = await startFakes()
  ;({ eskiz, playmobile, smtp } = fakes)
  stopFakes = fakes.stop
})

afterAll(async () => {
  await stopFakes?.()
})

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
  },
})
