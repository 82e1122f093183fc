import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  updateNotificationPreferencesWorkflow,
  upsertNotificationPreferenceStepId,
  upsertNotificationTemplateWorkflow,
  upsertNotificationTemplateStepId,
} from "@bozor/medusa-notifications/workflows"
import {
  DEMO,
  type SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import type { EskizFake } from "../../../../integration-tests/fakes/eskiz"
import type { PlayMobileFake } from "../../../../integration-tests/fakes/playmobile"
import type { SmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  customerToken,
  notificationHelpers,
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
