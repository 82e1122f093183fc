import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import type { EskizFake } from "../../../../integration-tests/fakes/eskiz"
import type { PlayMobileFake } from "../../../../integration-tests/fakes/playmobile"
import type { SmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
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

    const { placeOrder, smsRows, waitForDelivery, runRetry } =
      notificationHelpers(api, getContainer, () => ({ seed, variantId }))

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
  },
})
