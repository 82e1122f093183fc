import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  Logger,
  PaymentSessionStatus as PaymentSessionStatusType,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  MathBN,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
import { PayPalClient } from "./client"
import { PayPalOptions, PayPalOrderSummary, PayPalPaymentData } from "./types"
import { toPayPalAmount } from "./utils/amount"
import { parseWebhookEvent, webhookAction } from "./utils/webhook"

type InjectedDependencies = {
  logger: Logger
}

/**
 * PayPal (Orders v2) payment provider, `pp_paypal_paypal`.
 *
 * `initiatePayment` creates a PayPal order (custom_id/invoice_id = the Medusa
 * payment session id) and returns its approval link. After the buyer
 * approves, `authorizePayment` (run by cart completion, from the storefront
 * or from Medusa's `/hooks/payment/paypal_paypal`) captures the order (intent CAPTURE, default) or
 * authorizes it (intent AUTHORIZE; `capturePayment` captures later). Refunds
 * go to the capture, full or partial. Every mutation sends a
 * `PayPal-Request-Id` derived from Medusa's idempotency key.
 */
class PayPalPaymentProviderService extends AbstractPaymentProvider<PayPalOptions> {
  static identifier = "paypal"

  protected logger_: Logger
  protected options_: PayPalOptions
  protected client_: PayPalClient

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["clientId", "clientSecret"]) {
      const value = options[key]
      if (typeof value !== "string" || value === "") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` is required`
        )
      }
    }
    const env = options.environment
    if (env !== undefined && env !== "sandbox" && env !== "live") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `environment` must be `sandbox` or `live`"
      )
    }
    for (const key of ["returnUrl", "cancelUrl"]) {
      const value = options[key]
      if (value !== undefined && value !== null && value !== "") {
        try {
          new URL(String(value))
        } catch {
          throw new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Option \`${key}\` must be an absolute URL`
          )
        }
      }
    }
    if (
      options.autoCapture !== undefined &&
      typeof options.autoCapture !== "boolean"
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `autoCapture` must be a boolean"
      )
    }
  }

  constructor(container: InjectedDependencies, options: PayPalOptions) {
    super(container, options)
    this.logger_ = container.logger
    this.options_ = {
      ...options,
      environment: options.environment ?? "sandbox",
      autoCapture: options.autoCapture ?? true,
    }
    this.client_ = new PayPalClient(this.options_)
  }

  private intent(): "CAPTURE" | "AUTHORIZE" {
    return this.options_.autoCapture === false ? "AUTHORIZE" : "CAPTURE"
  }

  private async createOrder(
    sessionId: string,
    amount: InitiatePaymentInput["amount"],
    currencyCode: string,
    requestKey: string
  ): Promise<PayPalPaymentData> {
    const value = toPayPalAmount(amount, currencyCode)
    const intent = this.intent()
    const order = await this.client_.createOrder({
      // One PayPal order per session and amount: a retry of the same
      // initiation gets the same order back.
      requestId: `${requestKey}-create-${value}`,
      sessionId,
      amount: value,
      currencyCode,
      intent,
    })
    if (!order.approve_url) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `PayPal order ${order.id} for session ${sessionId} has no approval link.`
      )
    }
    return {
      session_id: sessionId,
      paypal_order_id: order.id,
      approve_url: order.approve_url,
      amount: value,
      currency_code: currencyCode.toLowerCase(),
      intent,
      order_status: order.status,
    }
  }

  async initiatePayment(
    input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    const sessionId = (input.data?.session_id ??
      input.context?.idempotency_key) as string | undefined
    if (!sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "PayPal needs the payment session id to create an order."
      )
    }
    const data = await this.createOrder(
      sessionId,
      input.amount,
      input.currency_code,
      input.context?.idempotency_key ?? sessionId
    )
    this.logger_.info(
      `[paypal] created order ${data.paypal_order_id} for session ${sessionId} (${data.amount} ${data.currency_code})`
    )
    return {
      id: data.paypal_order_id as string,
      data,
      status: PaymentSessionStatus.PENDING,
    }
  }

  /** A new amount or currency needs a new PayPal order (Orders v2 amounts are fixed once approved). */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = (input.data ?? {}) as PayPalPaymentData &
      Record<string, unknown>
    if (!data.session_id) {
      return { data }
    }
    const value = toPayPalAmount(input.amount, input.currency_code)
    if (
      data.paypal_order_id &&
      data.amount === value &&
      data.currency_code === input.currency_code.toLowerCase()
    ) {
      return { data }
    }
    const fresh = await this.createOrder(
      data.session_id,
      input.amount,
      input.currency_code,
      data.session_id
    )
    return { data: { ...data, ...fresh }, status: PaymentSessionStatus.PENDING }
  }

  private fromOrder(
    data: PayPalPaymentData,
    order: PayPalOrderSummary
  ): PayPalPaymentData {
    return {
      ...data,
      order_status: order.status,
      authorization_id: order.authorization?.id ?? data.authorization_id,
      capture_id: order.capture?.id ?? data.capture_id,
      capture_status: order.capture?.status ?? data.capture_status,
    }
  }

  private statusOf(order: PayPalOrderSummary): PaymentSessionStatusType {
    if (order.capture?.status === "COMPLETED") {
      return PaymentSessionStatus.CAPTURED
    }
    if (order.capture?.status === "PENDING") {
      // e-check / held capture: money not yet received.
      return PaymentSessionStatus.PENDING
    }
    if (
      order.authorization &&
      ["CREATED", "PENDING", "PARTIALLY_CAPTURED"].includes(
        order.authorization.status
      )
    ) {
      return PaymentSessionStatus.AUTHORIZED
    }
    if (order.authorization?.status === "CAPTURED") {
      return PaymentSessionStatus.CAPTURED
    }
    if (order.status === "VOIDED" || order.authorization?.status === "VOIDED") {
      return PaymentSessionStatus.CANCELED
    }
    if (
      order.capture?.status === "DECLINED" ||
      order.capture?.status === "FAILED"
    ) {
      return PaymentSessionStatus.ERROR
    }
    return PaymentSessionStatus.PENDING
  }

  private requireOrderId(data: PayPalPaymentData): string {
    if (!data.paypal_order_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payment session ${data.session_id ?? "?"} has no PayPal order.`
      )
    }
    return data.paypal_order_id
  }

  /**
   * Runs when the cart is completed. An approved order is captured (intent
   * CAPTURE) or authorized (intent AUTHORIZE); an order already captured (by
   * the storefront or PayPal) is taken as it is. An order the buyer has not
   * approved stays pending, so cart completion fails and nothing is recorded.
   */
  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    const data = (input.data ?? {}) as PayPalPaymentData
    const orderId = this.requireOrderId(data)
    let order = await this.client_.getOrder(orderId)
    if (order.status === "APPROVED") {
      const requestKey = input.context?.idempotency_key ?? data.session_id
      order =
        (order.intent ?? data.intent) === "AUTHORIZE"
          ? await this.client_.authorizeOrder(
              orderId,
              `${requestKey}-authorize`
            )
          : await this.client_.captureOrder(orderId, `${requestKey}-capture`)
      this.logger_.info(
        `[paypal] ${order.capture ? "captured" : "authorized"} order ${orderId} (session ${data.session_id})`
      )
    }
    return {
      status: this.statusOf(order),
      data: this.fromOrder(data, order),
    }
  }

  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    const data = (input.data ?? {}) as PayPalPaymentData
    if (data.capture_id) {
      // Intent CAPTURE: the money was taken at authorization.
      return { data }
    }
    if (!data.authorization_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payment session ${data.session_id ?? "?"} has no PayPal authorization to capture.`
      )
    }
    const capture = await this.client_.captureAuthorization(
      data.authorization_id,
      `${input.context?.idempotency_key ?? data.authorization_id}-capture`
    )
    return {
      data: { ...data, capture_id: capture.id, capture_status: capture.status },
    }
  }

  /**
   * Voids an open authorization. An order never approved needs nothing (PayPal
   * lets it expire); a captured one is returned through refundPayment.
   */
  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = (input.data ?? {}) as PayPalPaymentData
    if (data.authorization_id && !data.capture_id) {
      await this.client_.voidAuthorization(
        data.authorization_id,
        `${input.context?.idempotency_key ?? data.authorization_id}-void`
      )
      return { data: { ...data, order_status: "VOIDED" } }
    }
    return { data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(
    input: RetrievePaymentInput
  ): Promise<RetrievePaymentOutput> {
    const data = (input.data ?? {}) as PayPalPaymentData
    const order = await this.client_.getOrder(this.requireOrderId(data))
    return { data: this.fromOrder(data, order) }
  }

  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as PayPalPaymentData
    if (!data.paypal_order_id) {
      return { status: PaymentSessionStatus.PENDING, data }
    }
    const order = await this.client_.getOrder(data.paypal_order_id)
    return { status: this.statusOf(order), data: this.fromOrder(data, order) }
  }

  /**
   * Refunds the capture: without an amount (PayPal refunds it all) when the
   * whole payment is returned at once, with the amount otherwise. PayPal's
   * refusals and outages are thrown, so Medusa records no refund.
   */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as PayPalPaymentData
    if (!data.capture_id || !data.amount || !data.currency_code) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payment session ${data.session_id ?? "?"} has no PayPal capture to refund.`
      )
    }
    const value = toPayPalAmount(input.amount, data.currency_code)
    const already = data.refunded_amount ?? "0"
    const full = MathBN.eq(already, 0) && MathBN.eq(value, data.amount)
    const refund = await this.client_.refundCapture({
      captureId: data.capture_id,
      requestId: `${input.context?.idempotency_key ?? `${data.capture_id}-${already}`}-refund`,
      amount: full ? undefined : { currencyCode: data.currency_code, value },
      invoiceId: undefined,
    })
    const refunded = toPayPalAmount(
      MathBN.add(already, value),
      data.currency_code
    )
    this.logger_.info(
      `[paypal] refunded ${value} ${data.currency_code} of capture ${data.capture_id} (${full ? "full" : "partial"}, refund ${refund.id}, session ${data.session_id})`
    )
    return {
      data: {
        ...data,
        refunded_amount: refunded,
        refund_ids: [...(data.refund_ids ?? []), refund.id],
      },
    }
  }

  /**
   * Medusa's `/hooks/payment/paypal_paypal` hands every PayPal webhook here
   * (through its `payment.webhook_received` subscriber). The event is checked
   * with PayPal's verify-webhook-signature API for the configured `webhookId`;
   * a verified event is mapped to a Medusa action for `processPaymentWorkflow`,
   * which authorizes/captures the session and completes its cart once. An
   * unverifiable event is logged and ignored (`not_supported`); a PayPal outage
   * is thrown so the event bus retries it.
   */
  async getWebhookActionAndData(
    payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    const ignored = { action: PaymentActions.NOT_SUPPORTED }
    const event = parseWebhookEvent(payload)
    if (!event) {
      this.logger_.warn(
        "[paypal] webhook ignored: not a PayPal event with its transmission headers"
      )
      return ignored
    }
    if (!this.options_.webhookId) {
      this.logger_.warn(
        `[paypal] webhook ${event.id} ignored: option \`webhookId\` is not set, so it cannot be verified`
      )
      return ignored
    }
    const verified = await this.client_.verifyWebhookSignature(
      event.headers,
      this.options_.webhookId,
      event.body
    )
    if (!verified) {
      this.logger_.warn(
        `[paypal] webhook ${event.id} (${event.event_type}) failed signature verification; ignored`
      )
      return ignored
    }
    const result = webhookAction(event)
    this.logger_.info(
      `[paypal] webhook ${event.id} (${event.event_type}) verified: ${result.action}${
        result.data ? ` for session ${result.data.session_id}` : ""
      }`
    )
    return result
  }
}

export default PayPalPaymentProviderService
