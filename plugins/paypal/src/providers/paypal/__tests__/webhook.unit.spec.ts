import { PaymentActions } from "@medusajs/framework/utils"
import { parseWebhookEvent, webhookAction } from "../utils/webhook"

const SESSION = "payses_01JBOZORPAYPAL0000000000"

const capture = (extra: Record<string, unknown> = {}) => ({
  id: "2GG279541U471931P",
  status: "COMPLETED",
  custom_id: SESSION,
  invoice_id: SESSION,
  amount: { currency_code: "USD", value: "10.50" },
  ...extra,
})

const order = (unit: Record<string, unknown> = {}) => ({
  id: "5O190127TN364715T",
  status: "APPROVED",
  purchase_units: [
    {
      reference_id: SESSION,
      custom_id: SESSION,
      amount: { currency_code: "USD", value: "10.50" },
      ...unit,
    },
  ],
})

describe("webhookAction (PayPal event type → Medusa action)", () => {
  it.each([
    ["PAYMENT.CAPTURE.COMPLETED", capture(), PaymentActions.SUCCESSFUL],
    ["CHECKOUT.ORDER.APPROVED", order(), PaymentActions.AUTHORIZED],
    ["PAYMENT.CAPTURE.PENDING", capture(), PaymentActions.PENDING],
    ["PAYMENT.CAPTURE.DENIED", capture(), PaymentActions.FAILED],
    ["PAYMENT.CAPTURE.DECLINED", capture(), PaymentActions.FAILED],
    ["CHECKOUT.PAYMENT-APPROVAL.REVERSED", order(), PaymentActions.FAILED],
  ])("%s → %s", (event_type, resource, action) => {
    expect(webhookAction({ event_type, resource })).toEqual({
      action,
      data: { session_id: SESSION, amount: "10.50" },
    })
  })

  it.each([
    ["PAYMENT.CAPTURE.REFUNDED", capture()],
    ["CUSTOMER.DISPUTE.CREATED", { id: "PP-D-1" }],
  ])("%s → not_supported", (event_type, resource) => {
    expect(webhookAction({ event_type, resource })).toEqual({
      action: PaymentActions.NOT_SUPPORTED,
    })
  })

  it("takes the session from invoice_id / reference_id when custom_id is absent", () => {
    expect(
      webhookAction({
        event_type: "PAYMENT.CAPTURE.COMPLETED",
        resource: capture({ custom_id: undefined }),
      }).data?.session_id
    ).toBe(SESSION)
    expect(
      webhookAction({
        event_type: "CHECKOUT.ORDER.APPROVED",
        resource: order({ custom_id: undefined }),
      }).data?.session_id
    ).toBe(SESSION)
  })

  it.each([
    ["no session id", capture({ custom_id: undefined, invoice_id: undefined })],
    ["a foreign custom_id", capture({ custom_id: "INV-2026-0001" })],
    ["no amount", capture({ amount: undefined })],
    [
      "a malformed amount",
      capture({ amount: { currency_code: "USD", value: "1e3" } }),
    ],
  ])("ignores a capture with %s", (_, resource) => {
    expect(
      webhookAction({ event_type: "PAYMENT.CAPTURE.COMPLETED", resource })
    ).toEqual({ action: PaymentActions.NOT_SUPPORTED })
  })

  it("keeps zero-decimal amounts exact", () => {
    expect(
      webhookAction({
        event_type: "PAYMENT.CAPTURE.COMPLETED",
        resource: capture({ amount: { currency_code: "JPY", value: "1000" } }),
      }).data?.amount
    ).toBe("1000")
  })
})

describe("parseWebhookEvent", () => {
  const headers = {
    "paypal-auth-algo": "SHA256withRSA",
    "paypal-cert-url":
      "https://api.sandbox.paypal.com/v1/notifications/certs/CERT-1",
    "paypal-transmission-id": "69cd13f0-d67a-11e5-baa3-778b53f4ae55",
    "paypal-transmission-sig": "c2lnbmF0dXJl",
    "paypal-transmission-time": "2026-11-23T10:00:00Z",
  }
  const event = {
    id: "WH-1",
    event_type: "PAYMENT.CAPTURE.COMPLETED",
    resource: capture(),
  }

  it("verifies the raw body as sent, not the parsed one", () => {
    const raw = JSON.stringify({ ...event, extra: 1 })
    const parsed = parseWebhookEvent({
      data: event,
      rawData: Buffer.from(raw),
      headers,
    })
    expect(parsed?.body).toEqual({ ...event, extra: 1 })
    expect(parsed?.headers).toEqual({
      auth_algo: headers["paypal-auth-algo"],
      cert_url: headers["paypal-cert-url"],
      transmission_id: headers["paypal-transmission-id"],
      transmission_sig: headers["paypal-transmission-sig"],
      transmission_time: headers["paypal-transmission-time"],
    })
  })

  it.each([
    ["a body that is not JSON", { rawData: "{not json", headers }],
    ["a body that is not an event", { data: { id: "x" }, headers }],
    [
      "a missing transmission header",
      { data: event, headers: { ...headers, "paypal-transmission-sig": "" } },
    ],
  ])("is null for %s", (_, payload) => {
    expect(
      parseWebhookEvent({ data: {}, ...payload } as Parameters<
        typeof parseWebhookEvent
      >[0])
    ).toBeNull()
  })
})
