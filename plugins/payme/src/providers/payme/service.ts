import {
  AbstractPaymentProvider,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"
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
import { toTiyin } from "./utils/amount"
import { buildCheckoutUrl } from "./utils/checkout-url"
import type { PaymePaymentProviderOptions, PaymeSessionData } from "./types"

type InjectedDependencies = { logger: Logger }

const LANGUAGES = ["uz", "ru", "en"]

/**
 * Payme (Paycom) payment provider, `pp_payme_payme`.
 *
 * Payme pays through its own checkout page and tells the shop through the
 * Merchant API callbacks (`POST /hooks/payme`). This provider only builds the
 * checkout link, and authorises a session once PerformTransaction has marked
 * it paid (money is debited at that moment, so the payment is captured).
 */
class PaymePaymentProviderService extends AbstractPaymentProvider<PaymePaymentProviderOptions> {
  static identifier = "payme"

  protected logger_: Logger
  protected options_: Required<
    Pick<
      PaymePaymentProviderOptions,
      "merchantId" | "accountField" | "language"
    >
  > &
    PaymePaymentProviderOptions

  static validateOptions(options: Record<string, unknown>): void {
    for (const key of ["merchantId", "secretKey"]) {
      if (typeof options[key] !== "string" || !options[key]) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` is required for the payme provider.`
        )
      }
    }
    const field = options.accountField
    if (field !== undefined && !/^[A-Za-z0-9_]+$/.test(String(field))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Option \`accountField\` must be letters, digits or _ (got "${field}").`
      )
    }
    if (
      options.language !== undefined &&
      !LANGUAGES.includes(String(options.language))
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Option \`language\` must be one of ${LANGUAGES.join(", ")} (got "${options.language}").`
      )
    }
    for (const key of ["returnUrl", "checkoutUrl"]) {
      const value = options[key]
      if (value === undefined) {
        continue
      }
      // `;` separates the checkout parameters (spec §1.9).
      if (
        typeof value !== "string" ||
        !URL.canParse(value) ||
        value.includes(";")
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Option \`${key}\` must be an absolute URL without ";" (got "${value}").`
        )
      }
    }
    const timeout = options.callbackTimeoutMs
    if (
      timeout !== undefined &&
      !(
        typeof timeout === "number" &&
        Number.isSafeInteger(timeout) &&
        timeout >= 0
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Option \`callbackTimeoutMs\` must be a non-negative integer (got "${timeout}").`
      )
    }
  }

  constructor(
    container: InjectedDependencies,
    options: PaymePaymentProviderOptions
  ) {
    super(container, options)
    this.logger_ = container.logger
    this.options_ = { accountField: "order_id", language: "uz", ...options }
  }

  /**
   * Builds the Payme checkout link. The account value is the payment session
   * id: it leads the callbacks to the session, its collection and the cart.
   * Client-sent `data` never marks a session paid: both marks are reset here.
   */
  async initiatePayment(
    input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    const sessionId = input.data?.session_id
    if (typeof sessionId !== "string" || !sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Payme needs the payment session id to build the checkout link."
      )
    }
    const data = this.sessionData(sessionId, input.amount, input.currency_code)
    return { id: sessionId, status: PaymentSessionStatus.PENDING, data }
  }

  /** Keeps the marks the Payme callbacks set and rebuilds the link for the new amount. */
  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const current = (input.data ?? {}) as Partial<PaymeSessionData>
    const sessionId = current.session_id
    if (!sessionId) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Payme session data has no session_id."
      )
    }
    const data = {
      ...this.sessionData(sessionId, input.amount, input.currency_code),
      payme_perform: current.payme_perform ?? null,
      payme_cancel: current.payme_cancel ?? null,
    }
    return { data, status: statusOf(data) }
  }

  /** Authorised (and captured) only after PerformTransaction marked the session. */
  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    const data = (input.data ?? {}) as Partial<PaymeSessionData>
    return { data: input.data, status: statusOf(data) }
  }

  /** Payme debits the buyer at PerformTransaction; there is nothing left to capture. */
  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    return { data: input.data }
  }

  /**
   * Payme refunds are made in the Payme merchant cabinet, which then calls
   * CancelTransaction (spec §1.5). Only that callback may record a refund;
   * a refund started in Medusa would not return any money, so it is refused.
   */
  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = (input.data ?? {}) as Partial<PaymeSessionData>
    if (!data.payme_cancel) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Payme payment of session ${data.session_id} can only be refunded from the Payme merchant cabinet (it then calls CancelTransaction).`
      )
    }
    return { data: input.data }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
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

  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    const data = (input.data ?? {}) as Partial<PaymeSessionData>
    return { data: input.data, status: statusOf(data) }
  }

  /** Payme uses its own JSON-RPC endpoint (`/hooks/payme`), not `/hooks/payment`. */
  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    return { action: PaymentActions.NOT_SUPPORTED }
  }

  private sessionData(
    sessionId: string,
    amount: InitiatePaymentInput["amount"],
    currencyCode: string
  ): PaymeSessionData {
    if (currencyCode?.toLowerCase() !== "uzs") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Payme accepts only UZS, not ${currencyCode} (session ${sessionId}).`
      )
    }
    const amountTiyin = toTiyin(amount)
    const o = this.options_
    return {
      session_id: sessionId,
      account: { [o.accountField]: sessionId },
      amount_tiyin: amountTiyin,
      checkout_url: buildCheckoutUrl({
        merchantId: o.merchantId,
        accountField: o.accountField,
        accountValue: sessionId,
        amountTiyin,
        testMode: o.testMode,
        language: o.language,
        returnUrl: o.returnUrl,
        callbackTimeoutMs: o.callbackTimeoutMs,
        checkoutUrl: o.checkoutUrl,
      }),
      payme_perform: null,
      payme_cancel: null,
    }
  }
}

function statusOf(data: Partial<PaymeSessionData>) {
  if (data.payme_cancel) {
    return PaymentSessionStatus.CANCELED
  }
  if (data.payme_perform) {
    return PaymentSessionStatus.CAPTURED
  }
  return PaymentSessionStatus.PENDING
}

export default PaymePaymentProviderService
