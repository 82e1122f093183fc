import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { eskizCallbackToken } from "../../src/utils/callback-token"
import {
  ESKIZ_CALLBACK_BASE,
  ESKIZ_CALLBACK_SECRET,
  ESKIZ_CREDENTIALS,
  eskizTokens,
  sendSms,
  useEskizFakes,
} from "../helpers/eskiz"

jest.setTimeout(180 * 1000)

const fakes = useEskizFakes()
const TEXT = "Bozor: buyurtmangiz #1001 qabul qilindi. Rahmat!"

medusaIntegrationTestRunner({
  testSuite: ({ getContainer }) => {
    let seq = 0
    const send = (to = "+998 90 111-22-33", text = TEXT) =>
      sendSms(getContainer(), { to, text, key: `eskiz-test:${++seq}:sms` })

    it("sends through Eskiz with the sender, the normalised number and a per-message callback URL", async () => {
      const sms = await send()
      expect(sms).toMatchObject({
        status: "success",
        provider_id: "eskiz",
      })
      const { eskiz, playmobile } = fakes
      expect(eskiz.sent).toEqual([
        {
          mobile_phone: "998901112233",
          message: TEXT,
          from: "BOZOR",
          callback_url: `${ESKIZ_CALLBACK_BASE}/${sms.id}/${eskizCallbackToken(ESKIZ_CALLBACK_SECRET, sms.id)}`,
          request_id: expect.any(String),
        },
      ])
      expect(eskiz.sent[0].callback_url).not.toContain(ESKIZ_CALLBACK_SECRET)
      expect(sms.external_id).toBe(`eskiz:${eskiz.sent[0].request_id}`)
      expect(eskiz.logins).toBe(1)
      expect(playmobile.sent).toEqual([])
    })

    it("keeps one token in the plugin's table and reuses it", async () => {
      await send()
      await send()
      expect(fakes.eskiz.sent).toHaveLength(2)
      expect(fakes.eskiz.logins).toBe(1)
      const tokens = await eskizTokens(getContainer())
      expect(tokens).toEqual([
        {
          id: expect.stringMatching(/^eztok_/),
          key: `eskiz:${ESKIZ_CREDENTIALS.email}`,
          token: expect.any(String),
          expires_at: expect.any(Date),
        },
      ])
      // 30-day token from the JWT's exp.
      const days =
        (new Date(tokens[0].expires_at).getTime() - Date.now()) / 86400000
      expect(Math.round(days)).toBe(30)
    })

    it("refuses an invalid Uzbek number without calling any SMS provider", async () => {
      const sms = await send("+998 71 123 45 67")
      expect(sms.status).toBe("failure")
      expect(sms.external_id).toBeNull()
      expect(fakes.eskiz.sent).toEqual([])
      expect(fakes.eskiz.logins).toBe(0)
      expect(fakes.playmobile.sent).toEqual([])
    })

    describe("Eskiz token", () => {
      it("logs in again and retries once when Eskiz answers 401 token-invalid", async () => {
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        // A token another process stored that Eskiz no longer accepts.
        await pg("eskiz_token").insert({
          id: "eztok_stale",
          key: `eskiz:${ESKIZ_CREDENTIALS.email}`,
          token: "stale.token.value",
          expires_at: new Date(Date.now() + 20 * 86400000),
        })
        const sms = await send()
        expect(sms.status).toBe("success")
        expect(fakes.eskiz.unauthorized).toBe(1)
        expect(fakes.eskiz.logins).toBe(1)
        expect(fakes.eskiz.sent).toHaveLength(1)
        const tokens = await eskizTokens(getContainer())
        expect(tokens).toHaveLength(1)
        expect(tokens[0].token).not.toBe("stale.token.value")
      })

      it("refreshes a token that is about to expire instead of logging in", async () => {
        const data = await fetch(`${fakes.eskiz.url}/auth/login`, {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(ESKIZ_CREDENTIALS).toString(),
        }).then((r) => r.json())
        const pg = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        await pg("eskiz_token").insert({
          id: "eztok_expiring",
          key: `eskiz:${ESKIZ_CREDENTIALS.email}`,
          token: data.data.token,
          expires_at: new Date(Date.now() + 3600 * 1000),
        })
        const sms = await send()
        expect(sms.status).toBe("success")
        expect(fakes.eskiz.logins).toBe(1) // the one above
        expect(fakes.eskiz.refreshes).toBe(1)
        expect(fakes.eskiz.unauthorized).toBe(0)
        expect(fakes.eskiz.sent).toHaveLength(1)
        const [row] = await eskizTokens(getContainer())
        expect(row.token).not.toBe(data.data.token)
        expect(new Date(row.expires_at).getTime()).toBeGreaterThan(
          Date.now() + 29 * 86400000
        )
      })
    })

    describe("PlayMobile fallback", () => {
      it.each(["http500", "timeout", "reject"] as const)(
        "delivers through PlayMobile when Eskiz fails (%s) and says so in external_id",
        async (mode) => {
          fakes.eskiz.failWith(mode)
          const sms = await send()
          expect(sms.status).toBe("success")
          expect(fakes.eskiz.sent).toEqual([])
          expect(fakes.playmobile.sent).toEqual([
            {
              recipient: "998901112233",
              "message-id": sms.id.replace(/_/g, ""),
              sms: { originator: "BOZOR", content: { text: TEXT } },
            },
          ])
          expect(sms.external_id).toBe(`playmobile:${sms.id.replace(/_/g, "")}`)
        }
      )

      it("marks the notification failed when both routes fail", async () => {
        fakes.eskiz.failWith("http500")
        fakes.playmobile.failWith("http500")
        const sms = await send()
        expect(sms.status).toBe("failure")
        expect(sms.external_id).toBeNull()
        expect(fakes.eskiz.sent).toEqual([])
        expect(fakes.playmobile.sent).toEqual([])
      })
    })
  },
})
