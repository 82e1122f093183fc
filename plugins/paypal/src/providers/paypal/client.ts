import {
  ApiError,
  CheckoutPaymentIntent,
  Client,
  Environment,
  Order,
  OrdersController,
  PaymentsController,
  PaypalExperienceUserAction,
} from "@paypal/paypal-server-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import {
  PAYPAL_LIVE_URL,
  PAYPAL_SANDBOX_URL,
  PayPalOptions,
  PayPalOrderSummary,
  PayPalWebhookHeaders,
} from "./types"

type OAuthTokenLike = { accessToken: string }

/**
 * PayPal REST client on PayPal's maintained server SDK
 * (`@paypal/paypal-server-sdk`, Orders v2 and Payments v2). Every mutation
 * carries a `PayPal-Request-Id` so that PayPal answers a retry with the
 * first result instead of acting twice. The webhook signature check
 * (`POST /v1/notifications/verify-webhook-signature`) is not in the SDK, so it
 * is a plain HTTP call with the SDK's OAuth token.
 *
 * Transport failures and PayPal 5xx become `UNEXPECTED_STATE`, PayPal's
 * refusals (4xx) `NOT_ALLOWED`, both naming the operation and PayPal's error.
 */
export class PayPalClient {
  readonly baseUrl: string
  private readonly sdk: Client
  private readonly orders: OrdersController
  private readonly payments: PaymentsController

  constructor(private readonly options: PayPalOptions) {
    const live = options.environment === "live"
    // The SDK knows only PayPal's two hosts (no base-URL option); the webhook
    // check, outside the SDK, uses the same one.
    this.baseUrl = live ? PAYPAL_LIVE_URL : PAYPAL_SANDBOX_URL
    this.sdk = new Client({
      environment: live ? Environment.Production : Environment.Sandbox,
      timeout: options.timeoutMs ?? 15000,
      clientCredentialsAuthCredentials: {
        oAuthClientId: options.clientId,
        oAuthClientSecret: options.clientSecret,
      },
    })
    this.orders = new OrdersController(this.sdk)
    this.payments = new PaymentsController(this.sdk)
  }

  /** `POST /v2/checkout/orders`. */
  async createOrder(input: {
    requestId: string
    sessionId: string
    amount: string
    currencyCode: string
    intent: "CAPTURE" | "AUTHORIZE"
  }): Promise<PayPalOrderSummary> {
    const res = await this.call(
      `create order for session ${input.sessionId}`,
      () =>
        this.orders.createOrder({
          paypalRequestId: input.requestId,
          prefer: "return=representation",
          body: {
            intent:
              input.intent === "AUTHORIZE"
                ? CheckoutPaymentIntent.Authorize
                : CheckoutPaymentIntent.Capture,
            purchaseUnits: [
              {
                referenceId: input.sessionId,
                customId: input.sessionId,
                invoiceId: input.sessionId,
                amount: {
                  currencyCode: input.currencyCode.toUpperCase(),
                  value: input.amount,
                },
              },
            ],
            paymentSource: {
              paypal: {
                experienceContext: {
                  returnUrl: this.options.returnUrl,
                  cancelUrl: this.options.cancelUrl,
                  brandName: this.options.brandName,
                  userAction: PaypalExperienceUserAction.PayNow,
                },
              },
            },
          },
        })
    )
    return summarize(res.result)
  }

  /** `GET /v2/checkout/orders/:id`. */
  async getOrder(orderId: string): Promise<PayPalOrderSummary> {
    const res = await this.call(`read order ${orderId}`, () =>
      this.orders.getOrder({ id: orderId })
    )
    return summarize(res.result)
  }

  /** `POST /v2/checkout/orders/:id/capture` (intent CAPTURE, after approval). */
  async captureOrder(
    orderId: string,
    requestId: string
  ): Promise<PayPalOrderSummary> {
    const res = await this.call(`capture order ${orderId}`, () =>
      this.orders.captureOrder({
        id: orderId,
        paypalRequestId: requestId,
        prefer: "return=representation",
      })
    )
    return summarize(res.result)
  }

  /** `POST /v2/checkout/orders/:id/authorize` (intent AUTHORIZE, after approval). */
  async authorizeOrder(
    orderId: string,
    requestId: string
  ): Promise<PayPalOrderSummary> {
    const res = await this.call(`authorize order ${orderId}`, () =>
      this.orders.authorizeOrder({
        id: orderId,
        paypalRequestId: requestId,
        prefer: "return=representation",
      })
    )
    return summarize(res.result as Order)
  }

  /** `POST /v2/payments/authorizations/:id/capture` (the whole authorization). */
  async captureAuthorization(authorizationId: string, requestId: string) {
    const res = await this.call(
      `capture authorization ${authorizationId}`,
      () =>
        this.payments.captureAuthorizedPayment({
          authorizationId,
          paypalRequestId: requestId,
          prefer: "return=representation",
          body: { finalCapture: true },
        })
    )
    return {
      id: res.result.id ?? "",
      status: String(res.result.status ?? ""),
    }
  }

  /** `POST /v2/payments/authorizations/:id/void`. */
  async voidAuthorization(authorizationId: string, requestId: string) {
    await this.call(`void authorization ${authorizationId}`, () =>
      this.payments.voidPayment({ authorizationId, paypalRequestId: requestId })
    )
  }

  /**
   * `POST /v2/payments/captures/:id/refund`. Without `amount` PayPal refunds
   * what is left of the capture (full refund).
   */
  async refundCapture(input: {
    captureId: string
    requestId: string
    amount?: { currencyCode: string; value: string }
    invoiceId?: string
  }) {
    const res = await this.call(`refund capture ${input.captureId}`, () =>
      this.payments.refundCapturedPayment({
        captureId: input.captureId,
        paypalRequestId: input.requestId,
        prefer: "return=representation",
        body: {
          amount: input.amount
            ? {
                currencyCode: input.amount.currencyCode.toUpperCase(),
                value: input.amount.value,
              }
            : undefined,
          invoiceId: input.invoiceId,
        },
      })
    )
    return {
      id: res.result.id ?? "",
      status: String(res.result.status ?? ""),
      amount: res.result.amount?.value,
    }
  }

  /**
   * `POST /v1/notifications/verify-webhook-signature`: true only when PayPal
   * answers `verification_status: "SUCCESS"` for this webhook id.
   */
  async verifyWebhookSignature(
    headers: PayPalWebhookHeaders,
    webhookId: string,
    event: unknown
  ): Promise<boolean> {
    const token = await this.call("fetch an access token", () =>
      this.sdk.clientCredentialsAuthManager.fetchToken()
    )
    let res: Response
    try {
      res = await fetch(
        `${this.baseUrl}/v1/notifications/verify-webhook-signature`,
        {
          method: "POST",
          headers: {
            Authorization: `Bearer ${(token as OAuthTokenLike).accessToken}`,
            "Content-Type": "application/json",
          },
          body: JSON.stringify({
            ...headers,
            webhook_id: webhookId,
            webhook_event: event,
          }),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 15000),
        }
      )
    } catch (e) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `PayPal is unreachable to verify webhook ${headers.transmission_id}: ${
          (e as Error).message
        }`
      )
    }
    const text = await res.text()
    if (res.status >= 500) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `PayPal could not verify webhook ${headers.transmission_id} (HTTP ${res.status}).`
      )
    }
    if (!res.ok) {
      return false
    }
    try {
      return (
        (JSON.parse(text) as { verification_status?: string })
          .verification_status === "SUCCESS"
      )
    } catch {
      return false
    }
  }

  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn()
    } catch (e) {
      if (e instanceof ApiError) {
        const detail = paypalErrorDetail(e)
        throw new MedusaError(
          e.statusCode >= 500
            ? MedusaError.Types.UNEXPECTED_STATE
            : MedusaError.Types.NOT_ALLOWED,
          `PayPal refused to ${what} (HTTP ${e.statusCode}${detail ? `, ${detail}` : ""}).`
        )
      }
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `PayPal is unreachable to ${what}: ${(e as Error).message}`
      )
    }
  }
}

/** PayPal's `name`/`details[0].issue` from an error body, when it has one. */
function paypalErrorDetail(e: ApiError): string {
  let body: unknown = e.result
  if (!body && typeof e.body === "string") {
    try {
      body = JSON.parse(e.body)
    } catch {
      body = undefined
    }
  }
  const b = body as
    { name?: string; details?: { issue?: string }[] } | undefined
  if (!b) {
    return ""
  }
  return [b.name, b.details?.[0]?.issue].filter(Boolean).join(": ")
}

/** Reads the fields the provider needs from an SDK order. */
function summarize(order: Order): PayPalOrderSummary {
  const unit = order.purchaseUnits?.[0]
  const approve = order.links?.find(
    (l) => l.rel === "payer-action" || l.rel === "approve"
  )
  const auth = unit?.payments?.authorizations?.[0]
  const capture = unit?.payments?.captures?.[0]
  return {
    id: order.id ?? "",
    status: String(order.status ?? ""),
    intent: order.intent ? String(order.intent) : undefined,
    approve_url: approve?.href,
    custom_id: unit?.customId,
    amount: unit?.amount
      ? { currency_code: unit.amount.currencyCode, value: unit.amount.value }
      : undefined,
    authorization: auth?.id
      ? { id: auth.id, status: String(auth.status ?? "") }
      : undefined,
    capture: capture?.id
      ? {
          id: capture.id,
          status: String(capture.status ?? ""),
          amount: capture.amount?.value,
        }
      : undefined,
  }
}
