import { MedusaError } from "@medusajs/framework/utils"
import { clickAuthHeader } from "./utils/signature"
import {
  CLICK_DEFAULT_API_URL,
  ClickMerchantResponse,
  ClickOptions,
} from "./types"

/**
 * Click Merchant API client (merchant → Click, spec §2.9). Every call carries
 * `Auth: merchant_user_id:sha1(timestamp + secret_key):timestamp`.
 * Transport failures become UNEXPECTED_STATE, Click refusals (error_code ≠ 0)
 * NOT_ALLOWED, both naming the payment and Click's code.
 */
export class ClickMerchantClient {
  private readonly baseUrl: string

  constructor(private readonly options: ClickOptions) {
    const base = options.api_url || CLICK_DEFAULT_API_URL
    this.baseUrl = base.endsWith("/") ? base : `${base}/`
  }

  /** `GET payment/status/:service_id/:payment_id`. */
  paymentStatus(paymentId: string) {
    return this.request(
      "GET",
      `payment/status/${this.seg(this.options.service_id)}/${this.seg(paymentId)}`,
      `status of payment ${paymentId}`
    )
  }

  /** `DELETE payment/reversal/:service_id/:payment_id` (full refund). */
  reversal(paymentId: string) {
    return this.request(
      "DELETE",
      `payment/reversal/${this.seg(this.options.service_id)}/${this.seg(paymentId)}`,
      `reversal of payment ${paymentId}`
    )
  }

  /** `DELETE payment/partial_reversal/:service_id/:payment_id/:amount` ("N.NN"). */
  partialReversal(paymentId: string, amount: string) {
    return this.request(
      "DELETE",
      `payment/partial_reversal/${this.seg(this.options.service_id)}/${this.seg(
        paymentId
      )}/${this.seg(amount)}`,
      `partial reversal of ${amount} on payment ${paymentId}`
    )
  }

  private seg(value: string) {
    return encodeURIComponent(value)
  }

  private async request(
    method: "GET" | "DELETE",
    path: string,
    what: string
  ): Promise<ClickMerchantResponse> {
    let res: Response
    try {
      res = await fetch(this.baseUrl + path, {
        method,
        headers: {
          Accept: "application/json",
          "Content-Type": "application/json",
          Auth: clickAuthHeader(
            this.options.merchant_user_id,
            this.options.secret_key
          ),
        },
        signal: AbortSignal.timeout(this.options.timeout_ms ?? 15000),
      })
    } catch (e) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Click Merchant API is unreachable for the ${what}: ${
          (e as Error).message
        }`
      )
    }
    const text = await res.text()
    let body: ClickMerchantResponse | undefined
    try {
      body = JSON.parse(text) as ClickMerchantResponse
    } catch {
      body = undefined
    }
    if (body && typeof body.error_code === "number" && body.error_code !== 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Click refused the ${what}: error_code ${body.error_code}${
          body.error_note ? ` (${body.error_note})` : ""
        }.`
      )
    }
    if (!res.ok || !body || typeof body.error_code !== "number") {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Click Merchant API answered HTTP ${res.status} without a valid result for the ${what}.`
      )
    }
    return body
  }
}
