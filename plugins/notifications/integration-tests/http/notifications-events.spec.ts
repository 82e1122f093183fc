import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import { seedDemoStore } from "../../../../src/scripts/seed/seed-demo-store"
import {
  useNotificationFakes,
  waitForDelivery,
  waitForNotifications,
} from "../../../../integration-tests/helpers/notifications"

jest.setTimeout(180 * 1000)

const fakes = useNotificationFakes()

/** A kind no built-in template knows: everything comes from the request. */
const KIND = "gift_card_received"

const TEMPLATES = {
  sms: {
    uz: "{{store_name}}: {{customer_name}}, sizga {{amount}} sovg'a kartasi keldi. Kod: {{code}}",
    ru: "{{store_name}}: {{customer_name}}, вам подарочная карта на {{amount}}. Код: {{code}}",
    en: "{{store_name}}: {{customer_name}}, you got a {{amount}} gift card. Code: {{code}}",
  },
  email: {
    uz: {
      subject: "Sovg'a kartasi: {{amount}}",
      body: "Kod: {{code}}. {{note}}",
    },
    ru: {
      subject: "Подарочная карта: {{amount}}",
      body: "Код: {{code}}. {{note}}",
    },
    en: { subject: "Gift card: {{amount}}", body: "Code: {{code}}. {{note}}" },
  },
}

function request(customerId: string | null, sourceId: string, extra = {}) {
  return {
    kind: KIND,
    audience: "customer",
    customer_id: customerId,
    event_name: "gift_card.issued",
    resource_type: "gift_card",
    resource_id: `gc_${sourceId}`,
    source_id: sourceId,
    variables: { code: "BZR-1234" },
    money: { amount: { amount: 150000, currency_code: "uzs" } },
    localized: {
      note: { uz: "Omad!", ru: "Удачи!", en: "Good luck!" },
    },
    templates: TEMPLATES,
    ...extra,
  }
}

async function emit(
  container: MedusaContainer,
  data: unknown,
  name = "notification.requested"
) {
  await container.resolve(Modules.EVENT_BUS).emit({ name, data })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: Awaited<ReturnType<typeof seedDemoStore>>

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: "test-admin-pass",
      })
    })

    async function createCustomer(locale = "uz", emailSuffix = "") {
      const { result } = await createCustomersWorkflow(getContainer()).run({
        input: {
          customersData: [
            {
              email: `gift-${locale}${emailSuffix}@example.uz`,
              phone: "+998901234567",
              first_name: "Dilnoza",
              last_name: "Karimova",
              metadata: { locale },
            },
          ],
        },
      })
      return result[0].id
    }

    it("sends a requested kind with the capability's texts, once per source_id", async () => {
      const customerId = await createCustomer()
      await emit(getContainer(), request(customerId, "gc-1"))
      const rows = await waitForNotifications(getContainer(), "gc_gc-1", 2)

      expect(fakes.eskiz.sent.map((m) => [m.mobile_phone, m.message])).toEqual([
        [
          "998901234567",
          "Bozor: Dilnoza Karimova, sizga 150 000 so'm sovg'a kartasi keldi. Kod: BZR-1234",
        ],
      ])
      expect(fakes.smtp.mails.map((m) => [m.to, m.subject, m.text])).toEqual([
        [
          ["gift-uz@example.uz"],
          "Sovg'a kartasi: 150 000 so'm",
          "Kod: BZR-1234. Omad!",
        ],
      ])
      expect(rows.map((r) => [r.channel, r.template, r.status]).sort()).toEqual(
        [
          ["email", KIND, "success"],
          ["sms", KIND, "success"],
        ]
      )

      // The same request again, then another one: only the other one sends.
      await emit(getContainer(), request(customerId, "gc-1"))
      await emit(getContainer(), request(customerId, "gc-2"))
      await waitForNotifications(getContainer(), "gc_gc-2", 2)
      expect(fakes.eskiz.sent).toHaveLength(2)
      expect(fakes.smtp.mails).toHaveLength(2)
      expect(
        await waitForNotifications(getContainer(), "gc_gc-1", 2)
      ).toHaveLength(2)
    })

    it("writes in the customer's language", async () => {
      const customerId = await createCustomer("ru")
      await emit(getContainer(), request(customerId, "gc-ru"))
      await waitForNotifications(getContainer(), "gc_gc-ru", 2)
      expect(fakes.eskiz.sent.map((m) => m.message)).toEqual([
        "Bozor: Dilnoza Karimova, вам подарочная карта на 150 000 сум. Код: BZR-1234",
      ])
      expect(fakes.smtp.mails.map((m) => m.text)).toEqual([
        "Код: BZR-1234. Удачи!",
      ])
    })

    async function adminHeaders() {
      const { data } = await api.post("/auth/user/emailpass", {
        email: seed.adminEmail,
        password: "test-admin-pass",
      })
      return { authorization: `Bearer ${data.token}` }
    }

    const fail = (p: Promise<any>): Promise<any> =>
      p.catch((e: any) => e.response)

    it("lets a merchant override a kind once it has been requested; the override wins", async () => {
      const headers = await adminHeaders()
      const path = "/admin/notification-templates"
      const override = {
        event: KIND,
        channel: "sms",
        locale: "uz",
        body: "{{store_name}}: {{customer_name}}, {{code}} kodli kartangiz tayyor.",
      }
      // Never requested yet: the store does not know the kind.
      const unknown = await fail(api.post(path, override, { headers }))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain(
        `Unknown notification kind ${KIND}`
      )

      const customerId = await createCustomer()
      await emit(getContainer(), request(customerId, "gc-first"))
      await waitForNotifications(getContainer(), "gc_gc-first", 2)

      const res = await api.post(path, override, { headers })
      expect(res.data.notification_template).toMatchObject(override)
      // Only the kind's own variables, only its channels.
      for (const body of [
        { ...override, body: "{{store_name}}: {{points}} ball" },
        {
          ...override,
          event: "gift_card_unknown",
        },
      ]) {
        const bad = await fail(api.post(path, body, { headers }))
        expect([bad.status, body]).toEqual([400, body])
      }

      fakes.eskiz.reset()
      fakes.smtp.reset()
      await emit(getContainer(), request(customerId, "gc-override"))
      await waitForNotifications(getContainer(), "gc_gc-override", 2)
      expect(fakes.eskiz.sent.map((m) => m.message)).toEqual([
        "Bozor: Dilnoza Karimova, BZR-1234 kodli kartangiz tayyor.",
      ])
      // No override for e-mail: the requested default is used.
      expect(fakes.smtp.mails.map((m) => m.subject)).toEqual([
        "Sovg'a kartasi: 150 000 so'm",
      ])
    })

    it("lists the order kinds and the requested ones with their defaults", async () => {
      const headers = await adminHeaders()
      const customerId = await createCustomer()
      await emit(
        getContainer(),
        request(customerId, "gc-kinds", {
          templates: { email: TEMPLATES.email },
        })
      )
      await waitForNotifications(getContainer(), "gc_gc-kinds", 1)

      const { data } = await api.get("/admin/notification-templates/kinds", {
        headers,
      })
      expect(data.count).toBe(8)
      expect(data.notification_kinds.map((k: any) => k.kind)).toEqual([
        "order_placed",
        "payment_captured",
        "order_shipped",
        "order_delivered",
        "order_canceled",
        "refund_issued",
        "admin_order_placed",
        KIND,
      ])
      expect(data.notification_kinds[6]).toMatchObject({
        audience: "admins",
        built_in: true,
        templates: {
          email: {
            uz: { subject: "Yangi buyurtma #{{order_number}} ({{total}})" },
          },
        },
      })
      expect(data.notification_kinds[7]).toEqual({
        kind: KIND,
        audience: "customer",
        built_in: false,
        variables: ["customer_name", "store_name", "code", "amount", "note"],
        templates: { email: TEMPLATES.email },
      })
      // E-mail only for this kind: an SMS override is refused.
      const sms = await fail(
        api.post(
          "/admin/notification-templates",
          { event: KIND, channel: "sms", locale: "uz", body: "{{code}}" },
          { headers }
        )
      )
      expect(sms.status).toBe(400)

      const page = await api.get(
        "/admin/notification-templates/kinds?offset=6&limit=1",
        { headers }
      )
      expect(page.data.notification_kinds.map((k: any) => k.kind)).toEqual([
        "admin_order_placed",
      ])
      const last = await api.get(
        "/admin/notification-templates/kinds?offset=7&limit=5",
        { headers }
      )
      expect(last.data.notification_kinds.map((k: any) => k.kind)).toEqual([
        KIND,
      ])
      expect(
        (
          await fail(
            api.get("/admin/notification-templates/kinds?limit=1000", {
              headers,
            })
          )
        ).status
      ).toBe(400)
      expect(
        (await fail(api.get("/admin/notification-templates/kinds"))).status
      ).toBe(401)
    })

    it("e-mails every admin for the admins audience, never an SMS", async () => {
      const customerId = await createCustomer()
      await emit(
        getContainer(),
        request(customerId, "gc-admin", { audience: "admins" })
      )
      const rows = await waitForNotifications(getContainer(), "gc_gc-admin", 1)
      expect(rows.map((r) => [r.channel, r.to])).toEqual([
        ["email", seed.adminEmail],
      ])
      expect(fakes.eskiz.sent).toEqual([])
      expect(fakes.smtp.mails.map((m) => [m.to, m.subject])).toEqual([
        [[seed.adminEmail], "Sovg'a kartasi: 150 000 so'm"],
      ])
    })

    it("logs and drops a request that breaks the contract", async () => {
      const customerId = await createCustomer()
      const bad = [
        request(customerId, "bad-1", { kind: "Gift Card" }),
        request(customerId, "bad-2", { kind: "x".repeat(65) }),
        request(customerId, "bad-3", { templates: {} }),
        request(customerId, "bad-4", { audience: "everyone" }),
        request(null, "bad-5"),
        request(customerId, "bad-6", { variables: { code: 42 } }),
        "not an object",
        null,
      ]
      for (const data of bad) {
        await emit(getContainer(), data)
      }
      // A valid request after them still goes out: nothing crashed.
      await emit(getContainer(), request(customerId, "good"))
      await waitForNotifications(getContainer(), "gc_good", 2)

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "notification",
        fields: ["resource_id"],
        filters: { template: KIND },
      })
      expect(data.map((n) => n.resource_id)).toEqual(["gc_good", "gc_good"])
      expect(fakes.eskiz.sent).toHaveLength(1)
    })

    describe("notification.delivery_status_reported", () => {
      /** Sends one SMS and returns its notification and the provider's message id. */
      async function sentSms(sourceId: string) {
        const customerId = await createCustomer("uz", `-${sourceId}`)
        await emit(getContainer(), request(customerId, sourceId))
        const rows = await waitForNotifications(
          getContainer(),
          `gc_${sourceId}`,
          2
        )
        const sms = rows.find((r) => r.channel === "sms")!
        const delivery = await waitForDelivery(getContainer(), sms.id)
        expect(delivery).toMatchObject({ route: "eskiz", status: null })
        return { sms, externalId: delivery.external_id! }
      }

      /** Polls (bounded) until the delivery record shows `status`. */
      async function waitForStatus(notificationId: string, status: string) {
        for (let i = 0; i < 100; i++) {
          const row = await waitForDelivery(getContainer(), notificationId)
          if (row.status === status) {
            return row
          }
          await new Promise((r) => setTimeout(r, 100))
        }
        throw new Error(`${notificationId} never reached ${status}`)
      }

      it("records the status a provider reports, a final one for good", async () => {
        const { sms, externalId } = await sentSms("ds-1")
        const report = {
          provider: "eskiz",
          notification_id: sms.id,
          external_id: externalId,
          status: "DELIVRD",
          status_at: "2026-11-23T09:39:36.000Z",
          sms_count: 1,
        }
        await emit(
          getContainer(),
          report,
          "notification.delivery_status_reported"
        )
        const first = await waitForStatus(sms.id, "DELIVRD")
        expect(first).toMatchObject({
          route: "eskiz",
          external_id: externalId,
          status_at: new Date("2026-11-23T09:39:36.000Z"),
          sms_count: 1,
        })

        // Repeated, then a late intermediate status, then one for another
        // message this store never sent: none changes the record.
        await emit(
          getContainer(),
          report,
          "notification.delivery_status_reported"
        )
        await emit(
          getContainer(),
          { ...report, status: "ENROUTE", status_at: "2026-11-23T09:39:40Z" },
          "notification.delivery_status_reported"
        )
        await emit(
          getContainer(),
          { ...report, notification_id: null, external_id: "unknown-id" },
          "notification.delivery_status_reported"
        )
        await emit(
          getContainer(),
          { ...report, status_at: "yesterday" },
          "notification.delivery_status_reported"
        )
        // A normalised status of a second message, without a notification id,
        // is found by the provider's message id.
        const other = await sentSms("ds-2")
        await emit(
          getContainer(),
          {
            provider: "eskiz",
            external_id: other.externalId,
            status: "failed",
            status_at: "2026-11-23T10:00:00+05:00",
            reason: "Phone switched off",
          },
          "notification.delivery_status_reported"
        )
        await waitForStatus(other.sms.id, "failed")
        expect(await waitForDelivery(getContainer(), sms.id)).toEqual(first)
      })

      it("refuses a report whose notification is not the message's", async () => {
        const a = await sentSms("ds-a")
        const b = await sentSms("ds-b")
        await emit(
          getContainer(),
          {
            provider: "eskiz",
            notification_id: b.sms.id,
            external_id: a.externalId,
            status: "DELIVRD",
            status_at: null,
          },
          "notification.delivery_status_reported"
        )
        await emit(
          getContainer(),
          {
            provider: "eskiz",
            notification_id: b.sms.id,
            external_id: b.externalId,
            status: "UNDELIV",
            status_at: null,
          },
          "notification.delivery_status_reported"
        )
        await waitForStatus(b.sms.id, "UNDELIV")
        expect(await waitForDelivery(getContainer(), a.sms.id)).toMatchObject({
          status: null,
        })
      })
    })
  },
})
