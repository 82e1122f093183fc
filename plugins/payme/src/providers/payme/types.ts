/** Options of the Payme payment provider (`pp_payme_payme`), see docs/payme.md. */
export type PaymePaymentProviderOptions = {
  /** Payme cashbox (merchant) id: the `m=` of the checkout link. */
  merchantId: string
  /** The key Payme authenticates callbacks with: the test key in test mode. */
  secretKey: string
  /** Use Payme's sandbox checkout host (test.paycom.uz). */
  testMode?: boolean
  /** Name of the cashbox's `account` field. Default `order_id`. */
  accountField?: string
  /** Checkout language `l=`: uz, ru or en. Default uz. */
  language?: PaymeLanguage
  /** Where Payme sends the buyer back after payment or cancel (`c=`). */
  returnUrl?: string
  /** Delay in ms before Payme redirects back to `returnUrl` (`ct=`). */
  callbackTimeoutMs?: number
  /** Overrides the checkout host (for a fake Payme in tests). */
  checkoutUrl?: string
}

export type PaymeLanguage = "uz" | "ru" | "en"

export const PAYME_CHECKOUT_URL = "https://checkout.paycom.uz"
export const PAYME_SANDBOX_CHECKOUT_URL = "https://test.paycom.uz"

/** What the provider keeps in the Medusa payment session's `data`. */
export type PaymeSessionData = {
  session_id: string
  /** The `account` object Payme sends back in its callbacks. */
  account: Record<string, string>
  /** The session amount in tiyin. */
  amount_tiyin: number
  /** The Payme checkout link for this cart; all a storefront needs. */
  checkout_url: string
  /** Set by PerformTransaction (server side only); authorises the session. */
  payme_perform: PaymePerformMark | null
  /** Set by CancelTransaction of a performed transaction; allows the refund. */
  payme_cancel: PaymeCancelMark | null
}

export type PaymePerformMark = {
  transaction: string
  payme_id: string
  perform_time: number
}

export type PaymeCancelMark = {
  transaction: string
  payme_id: string
  reason: number
}
