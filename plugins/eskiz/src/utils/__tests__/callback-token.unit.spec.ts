import { createHmac } from "node:crypto"
import {
  eskizCallbackToken,
  eskizCallbackUrl,
  isEskizCallbackToken,
} from "../callback-token"

describe("Eskiz callback token", () => {
  const secret = "a-long-random-callback-secret"

  it("is the first 32 hex characters of HMAC-SHA256(secret, message id)", () => {
    const full = createHmac("sha256", secret).update("noti_01A").digest("hex")
    expect(eskizCallbackToken(secret, "noti_01A")).toBe(full.slice(0, 32))
  })

  it("builds the per-message URL under the base URL", () => {
    const token = eskizCallbackToken(secret, "noti_01A")
    expect(
      eskizCallbackUrl(
        "https://shop.uz/hooks/eskiz/status/",
        secret,
        "noti_01A"
      )
    ).toBe(`https://shop.uz/hooks/eskiz/status/noti_01A/${token}`)
  })

  it("accepts only the token of that message under that secret", () => {
    const token = eskizCallbackToken(secret, "noti_01A")
    expect(isEskizCallbackToken(secret, "noti_01A", token)).toBe(true)
    expect(isEskizCallbackToken(secret, "noti_01B", token)).toBe(false)
    expect(
      isEskizCallbackToken("another-secret-value!", "noti_01A", token)
    ).toBe(false)
    expect(isEskizCallbackToken(secret, "noti_01A", token.slice(1))).toBe(false)
    expect(isEskizCallbackToken(secret, "noti_01A", undefined)).toBe(false)
    expect(isEskizCallbackToken(secret, "noti_01A", token.toUpperCase())).toBe(
      false
    )
  })
})
