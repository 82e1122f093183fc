import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { completePayPalCheckoutWorkflow } from "../../../workflows/paypal/complete-paypal-checkout"
import { PAYPAL_PROVIDER_ID } from "../../../workflows/paypal/steps/validate-paypal-webhook-target"
import { getPayPalClient, getPayPalOptions } from "./options"
import {
  PayPalCaptureResource,
  PayPalOrderResource,
  PayPalWebhookEvent,
} from "./validators"

const HANDLED = ["PAYMENT.CAPTURE.COMPLETED", "CHECKOUT.ORDER.APPROVED"]

function header(req: MedusaRequest, name: string): string | undefined {
  const value = req.headers[name]
  return typeof value === "string" && value !== "" ? value : undefined
}

/**
 * PayPal webhook (`POST /hooks/paypal`). Verifies the event with PayPal's
 * `verify-webhook-signature` API before anything else; then, on
 * PAYMENT.CAPTURE.COMPLETED (and CHECKOUT.ORDER.APPROVED), completes the cart
 * of the payment session named by `custom_id` into an order. Repeated
 * deliveries find the cart completed and change nothing. Non-2xx answers make
 * PayPal retry, so only outages answer 5xx.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const options = getPayPalOptions(req.scope)
  if (!options) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "PayPal is not configured on this store."
    )
  }
  if (!options.webhookId) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "PayPal webhooks cannot be verified: PAYPAL_WEBHOOK_ID is not set."
    )
  }
  const raw = req.rawBody ? req.rawBody.toString("utf8") : ""
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    body = undefined
  }
  const parsed = PayPalWebhookEvent.safeParse(body)
  const headers = {
    auth_algo: header(req, "paypal-auth-algo"),
    cert_url: header(req, "paypal-cert-url"),
    transmission_id: header(req, "paypal-transmission-id"),
    transmission_sig: header(req, "paypal-transmission-sig"),
    transmission_time: header(req, "paypal-transmission-time"),
  }
  if (
    !parsed.success ||
    !headers.auth_algo ||
    !headers.cert_url ||
    !headers.transmission_id ||
    !headers.transmission_sig ||
    !headers.transmission_time
  ) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The request is not a PayPal webhook event with its transmission headers."
    )
  }
  const event = parsed.data

  let verified: boolean
  try {
    verified = await getPayPalClient(options).verifyWebhookSignature(
      {
        auth_algo: headers.auth_algo,
        cert_url: headers.cert_url,
        transmission_id: headers.transmission_id,
        transmission_sig: headers.transmission_sig,
        transmission_time: headers.transmission_time,
      },
      options.webhookId,
      body
    )
  } catch (e) {
    logger.error(`[paypal] webhook ${event.id}: ${(e as Error).message}`)
    res.status(503).json({
      type: "unexpected_state",
      message: `PayPal webhook ${event.id} could not be verified now; PayPal will retry.`,
    })
    return
  }
  if (!verified) {
    logger.warn(
      `[paypal] webhook ${event.id} (${event.event_type}) failed signature verification`
    )
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      `PayPal webhook ${event.id} failed signature verification.`
    )
  }

  if (!HANDLED.includes(event.event_type)) {
    res.status(200).json({ received: true, handled: false })
    return
  }

  let target: {
    session_id?: string
    paypal_order_id?: string
    amount?: string
    currency_code?: string
  }
  if (event.event_type === "PAYMENT.CAPTURE.COMPLETED") {
    const capture = PayPalCaptureResource.safeParse(event.resource)
    if (!capture.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `PayPal webhook ${event.id} carries no capture.`
      )
    }
    target = {
      session_id: capture.data.custom_id ?? capture.data.invoice_id,
      paypal_order_id: capture.data.supplementary_data?.related_ids.order_id,
      amount: capture.data.amount?.value,
      currency_code: capture.data.amount?.currency_code,
    }
  } else {
    const order = PayPalOrderResource.safeParse(event.resource)
    if (!order.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `PayPal webhook ${event.id} carries no order.`
      )
    }
    const unit = order.data.purchase_units[0]
    target = {
      session_id: unit.custom_id,
      paypal_order_id: order.data.id,
      amount: unit.amount?.value,
      currency_code: unit.amount?.currency_code,
    }
  }

  // Events for orders not created by this store (another integration on the
  // same PayPal app) are acknowledged and ignored.
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [session],
  } = target.session_id
    ? await query.graph({
        entity: "payment_session",
        fields: ["id", "provider_id"],
        filters: { id: target.session_id },
      })
    : { data: [] as { id: string; provider_id: string }[] }
  if (!session || session.provider_id !== PAYPAL_PROVIDER_ID) {
    logger.info(
      `[paypal] webhook ${event.id} (${event.event_type}) names no PayPal session of this store; ignored`
    )
    res.status(200).json({ received: true, handled: false })
    return
  }

  const { result } = await completePayPalCheckoutWorkflow(req.scope).run({
    input: {
      payment_session_id: session.id,
      event_id: event.id,
      paypal_order_id: target.paypal_order_id ?? null,
      amount: target.amount ?? null,
      currency_code: target.currency_code ?? null,
    },
  })
  logger.info(
    `[paypal] webhook ${event.id} (${event.event_type}): cart ${result.cart_id} → order ${result.order_id}`
  )
  res
    .status(200)
    .json({ received: true, handled: true, order_id: result.order_id })
}
