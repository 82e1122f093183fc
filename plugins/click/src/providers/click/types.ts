/** Options of the Click payment provider and plugin (`medusa-config.ts`, see the plugin README). */
export type ClickOptions = {
  /** Click service id (`CLICK_SERVICE_ID`). */
  service_id: string
  /** Click merchant id (`CLICK_MERCHANT_ID`), used in the payment link. */
  merchant_id: string
  /** Merchant API user id (`CLICK_MERCHANT_USER_ID`), first part of the `Auth` header. */
  merchant_user_id: string
  /** Secret key (`CLICK_SECRET_KEY`): SHOP API md5 signatures and Merchant API digest. */
  secret_key: string
  /** Where Click sends the payer after paying (`CLICK_RETURN_URL`). */
  return_url?: string
  /** Test mode (`CLICK_TEST_MODE=true`): callback decisions are logged at info level. */
  test_mode?: boolean
  /** Merchant API base URL (`CLICK_API_URL`), default `https://api.click.uz/v2/merchant/`. */
  api_url?: string
  /** Merchant API request timeout in ms, default 15000. */
  timeout_ms?: number
}

export const CLICK_DEFAULT_API_URL = "https://api.click.uz/v2/merchant/"
export const CLICK_PAY_URL = "https://my.click.uz/services/pay"

/** What the provider keeps in the Medusa payment session / payment `data`. */
export type ClickPaymentData = {
  session_id?: string
  /** Sent as `transaction_param`; Click returns it as `merchant_trans_id`. */
  merchant_trans_id?: string
  amount?: string
  currency_code?: string
  checkout_url?: string
  click_trans_id?: string
  click_paydoc_id?: string
  merchant_prepare_id?: number
  /** Sum of the refunds done through the Merchant API, "N.NN". */
  refunded_amount?: string
  test_mode?: boolean
}

/** Every Merchant API answer carries these (spec §2.9). */
export type ClickMerchantResponse = {
  error_code: number
  error_note?: string
  payment_id?: number | string
  payment_status?: number
  [key: string]: unknown
}
