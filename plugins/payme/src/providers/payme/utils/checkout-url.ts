import {
  PAYME_CHECKOUT_URL,
  PAYME_SANDBOX_CHECKOUT_URL,
  PaymeLanguage,
} from "../types"

export type CheckoutUrlInput = {
  merchantId: string
  accountField: string
  accountValue: string
  amountTiyin: number
  testMode?: boolean
  language?: PaymeLanguage
  returnUrl?: string
  callbackTimeoutMs?: number
  checkoutUrl?: string
}

/**
 * The Payme GET checkout link (spec §1.9): the host followed by standard
 * base64 of `m=…;ac.<field>=…;a=<tiyin>;l=…;c=…;ct=…`.
 */
export function buildCheckoutUrl(input: CheckoutUrlInput): string {
  const params = [
    `m=${input.merchantId}`,
    `ac.${input.accountField}=${input.accountValue}`,
    `a=${input.amountTiyin}`,
  ]
  if (input.language) {
    params.push(`l=${input.language}`)
  }
  if (input.returnUrl) {
    params.push(`c=${input.returnUrl}`)
  }
  if (input.callbackTimeoutMs !== undefined) {
    params.push(`ct=${input.callbackTimeoutMs}`)
  }
  const host =
    input.checkoutUrl ??
    (input.testMode ? PAYME_SANDBOX_CHECKOUT_URL : PAYME_CHECKOUT_URL)
  const encoded = Buffer.from(params.join(";"), "utf8").toString("base64")
  return `${host.replace(/\/+$/, "")}/${encoded}`
}
