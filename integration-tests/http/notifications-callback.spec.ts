import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedDemoStore } from "../../src/scripts/seed/seed-demo-store"
// A pure helper of the Eskiz plugin (no workflow in it), read from its sources.
import { eskizCallbackToken } from "../../plugins/eskiz/src/utils/callback-token"
import {
  ESKIZ_CALLBACK_BASE,
  ESKIZ_CALLBACK_SECRET,
  placeGuestOrder,
  useNotificationFakes,
  waitForDelivery,
  waitForNotifications,
} from "../helpers/notifications"

jest.setTimeout(180 * 1000)

const fakes = useNotificationFakes()

/** The path part of the callback URL the provider sent to Eskiz. */
function callbackPath(url: string | undefined): string {
  if (!url?.startsWith(ESKIZ_CALLBACK_BASE)) {
    throw new Error(`Unexpected callback_url ${url}`)
  }
  return new URL(url).pathname
}

const fail = (p: Promise<any>): Promise<any> => p.catch((e: any) => e.response)

/**
 * The Eskiz plugin reports a callback as `notification.delivery_status_reported`;
 * the notifications plugin records it asynchronously: poll (bounded) until the
 * delivery record satisfies `done`.
 */
async function waitForDeliveryWhere(
  container: Parameters<typeof waitForDelivery>[0],
  notificationId: string,
  done: (row: Awaited<ReturnType<typeof waitForDelivery>>) => boolean
) {
  let row = await waitForDelivery(container, notificationId)
  for (let i = 0; i < 100 && !done(row); i++) {
    await new Promise((r) => setTimeout(r, 100))
    row = await waitForDelivery(container, notificationId)
  }
  return row
}

/** Checks (for a second) that the delivery record stays as it was. */
async function expectUnchanged(
  container: Parameters<typeof waitForDelivery>[0],
  notificationId: string,
  before: Awaited<ReturnType<typeof waitForDelivery>>
) {
  for (let i = 0; i < 10; i++) {
    expect(await waitForDelivery(container, notificationId)).toEqual(before)
    await new Promise((r) => setTimeout(r, 100))
  }
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: Awaited<ReturnType<typeof seedDemoStore>>
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

    /** Places an order and returns its SMS notification, Eskiz request and callback path. */
    async function sentSms() {
      const order = await placeGuestOrder(api, seed, variantId)
      const rows = await waitForNotifications(getContainer(), order.id, 3)
      const sms = rows.find((r) => r.channel === "sms")!
      const sent = fakes.eskiz.sent.find(
        (m) => `eskiz:${m.request_id}` === sms.external_id
      )!
      const delivery = await waitForDelivery(getContainer(), sms.id)
      expect(delivery).toMatchObject({ route: "eskiz", status: null })
      return { sms, sent, path: callbackPath(sent.callback_url), delivery }
    }

    const callbackBody = (requestId: string) => ({
      request_id: requestId,
      message_id: "4385062",
      user_sms_id: "",
      country: "UZ",
      phone_number: "998901112233",
      sms_count: "1",
      status: "DELIVRD",
      status_date: "2026-11-23 14:39:36",
    })

    it("sends each SMS with its own callback URL that carries no secret", async () => {
      const { sms, sent } = await sentSms()
      expect(sent.callback_url).toBe(
        `${ESKIZ_CALLBACK_BASE}/${sms.id}/${eskizCallbackToken(ESKIZ_CALLBACK_SECRET, sms.id)}`
      )
      expect(sent.callback_url).not.toContain(ESKIZ_CALLBACK_SECRET)
      expect(sent.callback_url).not.toContain("?")
    })

    it("records the final status reported with the right token, once", async () => {
      const { sms, sent, path } = await sentSms()
      const body = callbackBody(sent.request_id)

      const res = await api.post(path, body)
      expect(res.status).toBe(200)
      expect(res.data.delivery_status).toEqual({
        provider: "eskiz",
        notification_id: sms.id,
        external_id: sent.request_id,
        status: "DELIVRD",
        status_at: "2026-11-23T09:39:36.000Z",
        sms_count: 1,
      })
      const first = await waitForDeliveryWhere(
        getContainer(),
        sms.id,
        (d) => d.status === "DELIVRD"
      )
      expect(first).toMatchObject({
        route: "eskiz",
        external_id: sent.request_id,
        status: "DELIVRD",
        status_at: new Date("2026-11-23T09:39:36.000Z"),
        sms_count: 1,
      })

      // Eskiz resends until it gets a 2xx; a late intermediate status arrives.
      expect((await api.post(path, body)).status).toBe(200)
      expect(
        (
          await api.post(path, {
            ...body,
            status: "ENROUTE",
            status_date: "2026-11-23 14:39:40",
          })
        ).status
      ).toBe(200)
      // Same row, not even updated_at moved.
      await expectUnchanged(getContainer(), sms.id, first)
    })

    it("refuses a wrong or missing token with 401 whatever the body, and changes nothing", async () => {
      const { sms, sent, path } = await sentSms()
      const before = await waitForDelivery(getContainer(), sms.id)
      const good = callbackBody(sent.request_id)
      const base = `/hooks/eskiz/status/${sms.id}`
      const otherToken = eskizCallbackToken(ESKIZ_CALLBACK_SECRET, "noti_other")
      const underOtherSecret = eskizCallbackToken(
        "another-secret-of-enough-length",
        sms.id
      )

      for (const url of [
        `${base}/${otherToken}`,
        `${base}/${underOtherSecret}`,
        `${base}/short`,
        `${base}/${"0".repeat(32)}`,
      ]) {
        for (const body of [good, { hacked: true }, {}]) {
          const res = await fail(api.post(url, body))
          expect([url, res.status]).toEqual([url, 401])
        }
      }
      // The old query-secret route is gone.
      const old = await fail(
        api.post(`/hooks/eskiz/status?secret=${ESKIZ_CALLBACK_SECRET}`, good)
      )
      expect(old.status).toBe(404)

      // With the right token a bad body is a 400.
      expect(
        (await fail(api.post(path, { ...good, hacked: true }))).status
      ).toBe(400)
      expect(
        (await fail(api.post(path, { request_id: sent.request_id }))).status
      ).toBe(400)
      await expectUnchanged(getContainer(), sms.id, before)
    })

    it("does not let one message's token report another message", async () => {
      const a = await sentSms()
      const b = await sentSms()
      const bBefore = await waitForDelivery(getContainer(), b.sms.id)
      const aBefore = await waitForDelivery(getContainer(), a.sms.id)

      // A's URL, B's request id.
      const crossed = await fail(
        api.post(a.path, callbackBody(b.sent.request_id))
      )
      expect(crossed.status).toBe(404)
      // B's id with A's token.
      const aToken = a.path.split("/").pop()
      const swapped = await fail(
        api.post(
          `/hooks/eskiz/status/${b.sms.id}/${aToken}`,
          callbackBody(b.sent.request_id)
        )
      )
      expect(swapped.status).toBe(401)
      // A valid token for a message that was never sent.
      const unknown = await fail(
        api.post(
          `/hooks/eskiz/status/noti_unknown/${eskizCallbackToken(ESKIZ_CALLBACK_SECRET, "noti_unknown")}`,
          callbackBody(b.sent.request_id)
        )
      )
      expect(unknown.status).toBe(404)

      await expectUnchanged(getContainer(), b.sms.id, bBefore)
      await expectUnchanged(getContainer(), a.sms.id, aBefore)
    })
  },
})
