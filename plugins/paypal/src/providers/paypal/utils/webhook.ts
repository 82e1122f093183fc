import type {
  ProviderWebhookPayload,
  WebhookActionResult,
} from "@medusajs/framework/types"
import { PaymentActions } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { PayPalWebhookHeaders } from "../types"
import { fromPayPalAmount } from "./amount"

/** The envelope of a PayPal webhook event (Webhooks API, event object). */
export const PayPalWebhookEvent = z
  .object({
    id: z.string().min(1),
    event_type: z.string().min(1),
    resource_type: z.string().optional(),
    resource: z.record(z.string(), z.unknown()),
  })
  .passthrough()

const Money = z.object({ currency_code: z.string(), value: z.string() })

/** `resource` of PAYMENT.CAPTURE.* events (a Payments v2 capture). */
export const PayPalCaptureResource = z
  .object({
    id: z.string(),
    status: z.string().optional(),
    custom_id: z.string().optional(),
    invoice_id: z.string().optional(),
    amount: Money.optional(),
  })
  .passthrough()

/** `resource` of CHECKOUT.ORDER.* events (an Orders v2 order). */
export const PayPalOrderResource = z
  .object({
    id: z.string(),
    status: z.string().optional(),
    purchase_units: z
      .array(
        z
          .object({
            reference_id: z.string().optional(),
            custom_id: z.string().optional(),
            amount: Money.optional(),
          })
          .passthrough()
      )
      .min(1),
  })
  .passthrough()

/** A PayPal webhook with the headers its signature check needs. */
export type ParsedPayPalWebhook = {
  id: string
  event_type: string
  resource: Record<string, unknown>
  /** The event exactly as PayPal sent it (what verify-webhook-signature is given). */
  body: unknown
  headers: PayPalWebhookHeaders
}

/**
 * PayPal event types and the Medusa action each one means. Captures and
 * approvals move the session on; denials and reversals are failures (which
 * Medusa's webhook subscriber records nowhere: the cart simply stays open).
 * Everything else (refunds, disputes, …) is `not_supported`.
 */
const ACTIONS: Record<string, PaymentActions> = {
  "PAYMENT.CAPTURE.COMPLETED": PaymentActions.SUCCESSFUL,
  "CHECKOUT.ORDER.APPROVED": PaymentActions.AUTHORIZED,
  "PAYMENT.CAPTURE.PENDING": PaymentActions.PENDING,
  "PAYMENT.CAPTURE.DENIED": PaymentActions.FAILED,
  "PAYMENT.CAPTURE.DECLINED": PaymentActions.FAILED,
  "CHECKOUT.PAYMENT-APPROVAL.REVERSED": PaymentActions.FAILED,
}

// Medusa payment session ids; anything else in custom_id was not set by us
// (another integration on the same PayPal app).
const SESSION_ID = /^payses_[0-9A-Za-z]+$/

function header(
  headers: Record<string, unknown> | undefined,
  name: string
): string | undefined {
  const value = headers?.[name] ?? headers?.[name.toLowerCase()]
  return typeof value === "string" && value !== "" ? value : undefined
}

/**
 * Reads a PayPal webhook from what Medusa's `/hooks/payment/:provider` route
 * stored: the raw body (kept by Medusa's `preserveRawBody`, so the event is
 * verified exactly as sent) and the request headers. Null when it is not a
 * PayPal event or lacks a transmission header.
 */
export function parseWebhookEvent(
  payload: ProviderWebhookPayload["payload"]
): ParsedPayPalWebhook | null {
  let body: unknown = payload.data
  const raw = payload.rawData
  if (raw !== undefined && raw !== null) {
    try {
      body = JSON.parse(Buffer.isBuffer(raw) ? raw.toString("utf8") : raw)
    } catch {
      return null
    }
  }
  const parsed = PayPalWebhookEvent.safeParse(body)
  const h = payload.headers as Record<string, unknown> | undefined
  const headers = {
    auth_algo: header(h, "paypal-auth-algo"),
    cert_url: header(h, "paypal-cert-url"),
    transmission_id: header(h, "paypal-transmission-id"),
    transmission_sig: header(h, "paypal-transmission-sig"),
    transmission_time: header(h, "paypal-transmission-time"),
  }
  if (
    !parsed.success ||
    !headers.auth_algo ||
    !headers.cert_url ||
    !headers.transmission_id ||
    !headers.transmission_sig ||
    !headers.transmission_time
  ) {
    return null
  }
  return {
    id: parsed.data.id,
    event_type: parsed.data.event_type,
    resource: parsed.data.resource,
    body,
    headers: {
      auth_algo: headers.auth_algo,
      cert_url: headers.cert_url,
      transmission_id: headers.transmission_id,
      transmission_sig: headers.transmission_sig,
      transmission_time: headers.transmission_time,
    },
  }
}

/**
 * The Medusa action of a verified PayPal event, with the payment session id
 * PayPal echoes (the order's `custom_id`/`reference_id`, the capture's
 * `custom_id`/`invoice_id`, all set to the session id at creation) and the
 * amount in Medusa's major units.
 */
export function webhookAction(
  event: Pick<ParsedPayPalWebhook, "event_type" | "resource">
): WebhookActionResult {
  const action = ACTIONS[event.event_type]
  if (!action) {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
  let sessionId: string | undefined
  let value: string | undefined
  if (event.event_type.startsWith("PAYMENT.CAPTURE.")) {
    const capture = PayPalCaptureResource.safeParse(event.resource)
    if (capture.success) {
      sessionId = capture.data.custom_id ?? capture.data.invoice_id
      value = capture.data.amount?.value
    }
  } else {
    const order = PayPalOrderResource.safeParse(event.resource)
    if (order.success) {
      const unit = order.data.purchase_units[0]
      sessionId = unit.custom_id ?? unit.reference_id
      value = unit.amount?.value
    }
  }
  if (
    !sessionId ||
    !SESSION_ID.test(sessionId) ||
    value === undefined ||
    !fromPayPalAmount(value)
  ) {
    return { action: PaymentActions.NOT_SUPPORTED }
  }
  // PayPal's decimal string (major units) keeps the exact amount through the
  // event bus; Medusa reads it as a BigNumber.
  return { action, data: { session_id: sessionId, amount: value.trim() } }
}
