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
import { ClickMerchantClient } from "./client"
import { CLICK_PAY_URL, ClickOptions, ClickPaymentData } from "./types"
import { toClickAmount } from "./utils/amount"
import {
  ClickConfirmation,
  verifyClickConfirmationProof,
} from "./utils/signature"

type InjectedDependencies = {
  logger: Logger
}

const REQUIRED_OPTIONS = [
  "service_id",
  "merchant_id",
  "merchant_user_id",
  "secret_key",
] as const

/**
 * Click (click.uz) payment provider, `pp_click_click`. The payer pays on
 * Click's page (`data.checkout_url`); Click then calls our SHOP API hooks
 * (`/hooks/click/prepare`, `/hooks/click/complete`), and the Complete hook's
 * workflow completes the cart. Refunds and status go through the Merchant API.
 */
class ClickPaymentProviderService extends AbstractPaymentProvider<ClickOptions> {
  static identifier = "click"

  protected logger_: Logger
  protected options_: ClickOptions
  protected client_: ClickMerchantClient

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of REQUIRED_OPTIONS) {
      const value = options[key]
      if (value === undefined || value === null || String(value) === "") {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` is required`
        )
      }
    }
    for (const key of ["service_id", "merchant_id", "merchant_user_id"]) {
      if (!/^\d+$/.test(String(options[key]))) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` must be Click's numeric id`
        )
      }
    }
    for (const key of ["return_url", "api_url"]) {
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
      options.test_mode !== undefined &&
      typeof options.test_mode !== "boolean"
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Option `test_mode` must be a boolean"
      )
    }
  }

  constructor(container: InjectedDependencies, options: ClickOptions) {
    super(container, options)
    this.logger_ = container.logger
    this.options_ = {
      ...options,
      service_id: String(options.service_id),
      merchant_id: String(options.merchant_id),
      merchant_user_id: String(options.merchant_user_id),
      return_url: options.return_url || undefined,
      api_url: options.api_url || undefined,
    }
    this.client_ = new ClickMerchantClient(this.options_)
  }

  /** The Click payment link for a session (spec §2.8). */
  private checkoutUrl(merchantTransId: string, amount: string) {
    const url = new URL(CLICK_PAY_URL)
    url.searchParams.set("service_id", this.options_.service_id)
    url.searchParams.set("merchant_id", this.options_.merchant_id)
    url.searchParams.set("amount", amount)
    url.searchParams.set("transaction_param", merchantTransId)
    if (this.options_.return_url) {
      url.searchParams.set("return_url", this.options_.return_url)
    }
    return url.toString()
  }

  private sessionData(
    sessionId: string,
    amount: InitiatePaymentInput["amount"],
    currencyCode: string
  ): ClickPaymentData {
    if (currencyCode.toLowerCase() !== "uzs") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Click accepts UZS only; payment session ${sessionId} is in ${currencyCode}.`
      )
    }
    const clickAmount = toClickAmount(amount)
    return {
      session_id: sessionId,
      // The payment session id identifies the cart (through its payment
      // collection) and is what Click echoes back as merchant_trans_id.
      merchant_trans_id: sessionId,
      amount: clickAmount,
      currency_code: "uzs",
      checkout_url: this.checkoutUrl(sessionId, clickAmount),
      test_mode: !!this.options_.test_mode,
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
        "Click needs the payment session id to build the payment link."
      )
    }
    const data = this.sessionData(sessionId, input.amount, input.currency_code)
    return { id: sessionId, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = (input.data ?? {}) as ClickPaymentData &
      Record<string, unknown>
    if (!data.session_id) {
      return { data }
    }
    return {
      data: {
        ...data,
        ...this.sessionData(data.session_id, input.amount, input.currency_code),
      },
    }
  }

  /**
   * Authorizes only a session that our Complete workflow marked as confirmed
   * by Click, with a proof signed by the secret key; a storefront calling
   * `/store/carts/:id/complete` on an unpaid Click session is refused. The
   * money is already debited by then, so the payment is captured at once.
   */
  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    const data = (input.data ?? {}) as Record<string, unknown>
    const sessionId = data.session_id as string | undefined
    const confirmation = data.click_confirmation as
      (ClickConfirmation & { proof?: string }) | undefined
    if (
      sessionId &&
      confirmation?.proof &&
      verifyClickConfirmationProof(
        sessionId,
        confirmation,
        confirmation.proof,
        this.options_.secret_key
      )
    ) {
      const { proof: _proof, ...confirmed } = confirmation
      return {
        status: PaymentSessionStatus.CAPTURED,
        data: {
          ...data,
          click_trans_id: confirmed.click_trans_id,
          click_paydoc_id: confirmed.click_paydoc_id,
          merchant_prepare_id: confirmed.merchant_prepare_id,
        },
      }
    }
    return { status: PaymentSessionStatus.PENDING, data }
  }

  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    // Click debits at Complete; there is nothing left to capture.
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    // The SHOP API has no void: an unpaid attempt is cancelled by Click's own
    // Complete (error < 0); a paid one is refunded through refundPayment.
    return { data: input.data }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data }
  }

  async retrievePayment(
    input: RetrievePaymentInput
  ): Promise<RetrievePaymentOutput> {
    return { data: input.data }
  }

  /**
   * Refunds through the Merchant API: `payment/reversal` when the whole
   * payment is returned at once, `payment/partial_reversal` otherwise.
   * Click's refusals and outages are thrown, so Medusa records no refund.
   */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as ClickPaymentData &
      Record<string, unknown>
    const paymentId = data.click_paydoc_id
    if (!paymentId || !data.amount) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payment session ${data.session_id ?? "?"} has no confirmed Click payment to refund.`
      )
    }
    const amount = toClickAmount(input.amount)
    const alreadyRefunded = data.refunded_amount ?? "0.00"
    const full = MathBN.eq(alreadyRefunded, 0) && MathBN.eq(amount, data.amount)
    if (full) {
      await this.client_.reversal(paymentId)
    } else {
      await this.client_.partialReversal(paymentId, amount)
    }
    const refunded = toClickAmount(MathBN.add(alreadyRefunded, amount))
    this.logger_.info(
      `[click] ${full ? "reversed" : "partially reversed"} Click payment ${paymentId} (${amount} so'm, session ${data.session_id})`
    )
    return { data: { ...data, refunded_amount: refunded } }
  }

  /** Maps the Merchant API `payment_status` (<0 error, 0/1 pending, 2 paid). */
  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as ClickPaymentData &
      Record<string, unknown>
    if (!data.click_paydoc_id) {
      return { status: PaymentSessionStatus.PENDING, data }
    }
    const res = await this.client_.paymentStatus(data.click_paydoc_id)
    const status = Number(res.payment_status)
    if (status === 2) {
      return { status: PaymentSessionStatus.CAPTURED, data }
    }
    if (status < 0) {
      return { status: PaymentSessionStatus.ERROR, data }
    }
    return { status: PaymentSessionStatus.PENDING, data }
  }

  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    // Click's callbacks are synchronous and answered by /hooks/click/*.
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default ClickPaymentProviderService
