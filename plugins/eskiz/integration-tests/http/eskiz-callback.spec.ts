import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { eskizCallbackToken } from "../../src/utils/callback-token"
import {
  NOTIFICATION_DELIVERY_STATUS_REPORTED,
  type NotificationDeliveryStatusReported,
} from "../../src/modules/eskiz/events"
import {
  ESKIZ_CALLBACK_BASE,
  ESKIZ_CALLBACK_SECRET,
  sendSms,
  useEskizFakes,
} from "../helpers/eskiz"

jest.setTimeout(180 * 1000)

const fakes = useEskizFakes()

/** The path part of the callback URL the provider sent to Eskiz. */
function callbackPath(url: string | undefined): string {
  if (!url?.startsWith(ESKIZ_CALLBACK_BASE)) {
    throw new Error(`Unexpected callback_url ${url}`)
  }
  return new URL(url).pathname
}

const fail = (p: Promise<any>): Promise<any> => p.catch((e: any) => e.response)

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

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    // Every `notification.delivery_status_reported` the plugin emits.
    let reported: NotificationDeliveryStatusReported[] = []
    let seq = 0

    beforeAll(() => {
      getContainer()
        .resolve(Modules.EVENT_BUS)
        .subscribe(
          NOTIFICATION_DELIVERY_STATUS_REPORTED,
          async ({ data }) => {
            reported.push(data as NotificationDeliveryStatusReported)
          },
          { subscriberId: "eskiz-test-reported-collector" }
        )
    })
    beforeEach(() => {
      reported = []
    })

    /** Polls (bounded) until `count` events have arrived. */
    async function waitForReports(count: number) {
      for (let i = 0; i < 100 && reported.length < count; i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      return reported
    }

    /** A short wait that proves nothing more arrives. */
    async function settle() {
      await new Promise((r) => setTimeout(r, 500))
      return reported
    }

    /** Sends an SMS and returns its notification, Eskiz request and callback path. */
    async function sentSms() {
      const sms = await sendSms(getContainer(), {
        to: "+998901112233",
        text: "Bozor: buyurtmangiz qabul qilindi.",
        key: `eskiz-callback-test:${++seq}:sms`,
      })
      const sent = fakes.eskiz.sent.find(
        (m) => `eskiz:${m.request_id}` === sms.external_id
      )!
      return { sms, sent, path: callbackPath(sent.callback_url) }
    }

    it("sends each SMS with its own callback URL that carries no secret", async () => {
      const { sms, sent } = await sentSms()
      expect(sent.callback_url).toBe(
        `${ESKIZ_CALLBACK_BASE}/${sms.id}/${eskizCallbackToken(ESKIZ_CALLBACK_SECRET, sms.id)}`
      )
      expect(sent.callback_url).not.toContain(ESKIZ_CALLBACK_SECRET)
      expect(sent.callback_url).not.toContain("?")
    })

    it("reports the status with the right token, on every resend", async () => {
      const { sms, sent, path } = await sentSms()
      const body = callbackBody(sent.request_id)
      const expected = {
        provider: "eskiz",
        notification_id: sms.id,
        external_id: sent.request_id,
        status: "DELIVRD",
        // Eskiz reports Tashkent time (UTC+5).
        status_at: "2026-11-23T09:39:36.000Z",
        sms_count: 1,
      }

      const res = await api.post(path, body)
      expect(res.status).toBe(200)
      expect(res.data).toEqual({ delivery_status: expected })
      expect(await waitForReports(1)).toEqual([expected])

      // Eskiz resends until it gets a 2xx; whoever records it dedupes.
      expect((await api.post(path, body)).status).toBe(200)
      const late = await api.post(path, {
        ...body,
        status: "enroute",
        status_date: undefined,
        sms_count: undefined,
      })
      expect(late.data.delivery_status).toEqual({
        ...expected,
        status: "ENROUTE",
        status_at: null,
        sms_count: null,
      })
      expect(await waitForReports(3)).toHaveLength(3)
    })

    it("refuses a wrong or missing token with 401 whatever the body, and reports nothing", async () => {
      const { sms, sent, path } = await sentSms()
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
      expect(await settle()).toEqual([])
    })

    it("does not let one message's token report another message", async () => {
      const a = await sentSms()
      const b = await sentSms()

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
      expect(await settle()).toEqual([])
    })

    it("refuses a notification another provider sent, even with its token", async () => {
      const notifications = getContainer().resolve(Modules.NOTIFICATION)
      const feed = await notifications.createNotifications({
        to: "admin",
        channel: "feed",
        template: "eskiz-test-feed",
        data: { title: "not an SMS" },
      })
      expect(feed.provider_id).toBe("local")
      // Even if its external id looked like an Eskiz request.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg("notification")
        .where({ id: feed.id })
        .update({ external_id: "eskiz:req-forged" })
      const res = await fail(
        api.post(
          `/hooks/eskiz/status/${feed.id}/${eskizCallbackToken(ESKIZ_CALLBACK_SECRET, feed.id)}`,
          callbackBody("req-forged")
        )
      )
      expect(res.status).toBe(404)
      expect(res.data.message).toBe(
        `Notification ${feed.id} was not sent as eskiz:req-forged.`
      )
      expect(await settle()).toEqual([])
    })
  },
})
