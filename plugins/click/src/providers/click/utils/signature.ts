import { createHash, createHmac, timingSafeEqual } from "node:crypto"

/** The fields of a Click SHOP API request, as the raw strings received. */
export type ClickSignedFields = {
  click_trans_id: string
  service_id: string
  merchant_trans_id: string
  merchant_prepare_id?: string
  amount: string
  action: string
  sign_time: string
}

const md5 = (s: string) => createHash("md5").update(s, "utf8").digest("hex")

/**
 * `sign_string` as Click computes it (spec §2.4). Prepare:
 * md5(click_trans_id + service_id + SECRET_KEY + merchant_trans_id + amount + action + sign_time).
 * Complete adds merchant_prepare_id after merchant_trans_id. A
 * `merchant_prepare_id` posted with a Prepare is never part of its signature.
 */
export function clickSignString(
  kind: "prepare" | "complete",
  f: ClickSignedFields,
  secretKey: string
): string {
  const prepareId = kind === "complete" ? (f.merchant_prepare_id ?? "") : ""
  return md5(
    f.click_trans_id +
      f.service_id +
      secretKey +
      f.merchant_trans_id +
      prepareId +
      f.amount +
      f.action +
      f.sign_time
  )
}

/** Constant-time comparison of the received `sign_string` with the expected one. */
export function verifyClickSignature(
  kind: "prepare" | "complete",
  f: ClickSignedFields,
  signString: string,
  secretKey: string
): boolean {
  const expected = Buffer.from(clickSignString(kind, f, secretKey), "utf8")
  const received = Buffer.from(signString.toLowerCase(), "utf8")
  if (received.length !== expected.length) {
    return false
  }
  return timingSafeEqual(expected, received)
}

/**
 * The Merchant API `Auth` header (spec §2.9):
 * `merchant_user_id:sha1(timestamp + secret_key):timestamp`, timestamp in
 * 10-digit UNIX seconds.
 */
export function clickAuthHeader(
  merchantUserId: string,
  secretKey: string,
  timestamp: number = Math.floor(Date.now() / 1000)
): string {
  const ts = String(timestamp)
  const digest = createHash("sha1")
    .update(ts + secretKey, "utf8")
    .digest("hex")
  return `${merchantUserId}:${digest}:${ts}`
}

/** What the confirm workflow attaches to a payment session once Click has confirmed it. */
export type ClickConfirmation = {
  click_trans_id: string
  click_paydoc_id: string
  merchant_prepare_id: number
  amount: string
}

/**
 * HMAC over the session id and the confirmed Click attempt. Session data can
 * carry storefront input, so the provider only authorizes a session whose
 * confirmation was signed with the secret key by our own workflow.
 */
export function clickConfirmationProof(
  sessionId: string,
  c: ClickConfirmation,
  secretKey: string
): string {
  return createHmac("sha256", secretKey)
    .update(
      [
        sessionId,
        c.click_trans_id,
        c.click_paydoc_id,
        String(c.merchant_prepare_id),
        c.amount,
      ].join(":"),
      "utf8"
    )
    .digest("hex")
}

/** Constant-time check of a proof made by {@link clickConfirmationProof}. */
export function verifyClickConfirmationProof(
  sessionId: string,
  c: ClickConfirmation,
  proof: string,
  secretKey: string
): boolean {
  const expected = Buffer.from(
    clickConfirmationProof(sessionId, c, secretKey),
    "utf8"
  )
  const received = Buffer.from(proof, "utf8")
  return (
    received.length === expected.length && timingSafeEqual(expected, received)
  )
}
