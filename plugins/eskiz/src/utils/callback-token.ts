import { createHmac, timingSafeEqual } from "node:crypto"

/** Hex characters of the HMAC kept in the URL (128 bits). */
const TOKEN_LENGTH = 32

/**
 * The token of one message's delivery callback: HMAC-SHA256 of the message
 * id under the callback secret. Eskiz signs nothing (uz-providers spec §3), so
 * the URL carries it; a leaked URL then only authenticates that message.
 */
export function eskizCallbackToken(secret: string, messageId: string): string {
  return createHmac("sha256", secret)
    .update(messageId, "utf8")
    .digest("hex")
    .slice(0, TOKEN_LENGTH)
}

/** Whether `token` is the callback token of `messageId` (constant-time). */
export function isEskizCallbackToken(
  secret: string,
  messageId: string,
  token: unknown
): boolean {
  if (typeof token !== "string" || token.length !== TOKEN_LENGTH) {
    return false
  }
  const expected = Buffer.from(eskizCallbackToken(secret, messageId), "utf8")
  const given = Buffer.from(token, "utf8")
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** `<base>/<message id>/<token>`: the `callback_url` sent with one message. */
export function eskizCallbackUrl(
  baseUrl: string,
  secret: string,
  messageId: string
): string {
  return `${baseUrl.replace(/\/+$/, "")}/${encodeURIComponent(messageId)}/${eskizCallbackToken(secret, messageId)}`
}
