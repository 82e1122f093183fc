import PaymePaymentProviderService from "../service"
import { buildCheckoutUrl } from "../utils/checkout-url"

describe("Payme checkout link (spec §1.9)", () => {
  it("matches the documented example", () => {
    expect(
      buildCheckoutUrl({
        merchantId: "587f72c72cac0d162c722ae2",
        accountField: "order_id",
        accountValue: "197",
        amountTiyin: 500,
      })
    ).toBe(
      "https://checkout.paycom.uz/bT01ODdmNzJjNzJjYWMwZDE2MmM3MjJhZTI7YWMub3JkZXJfaWQ9MTk3O2E9NTAw"
    )
  })

  it("uses the sandbox host in test mode and adds language, return URL and delay", () => {
    const url = buildCheckoutUrl({
      merchantId: "m1",
      accountField: "cart",
      accountValue: "payses_1",
      amountTiyin: 67500000,
      testMode: true,
      language: "en",
      returnUrl: "https://shop.uz/done?x=1",
      callbackTimeoutMs: 0,
    })
    const [host, encoded] = [url.slice(0, 23), url.slice(23)]
    expect(host).toBe("https://test.paycom.uz/")
    expect(Buffer.from(encoded, "base64").toString()).toBe(
      "m=m1;ac.cart=payses_1;a=67500000;l=en;c=https://shop.uz/done?x=1;ct=0"
    )
  })

  it("honours an explicit checkout host", () => {
    expect(
      buildCheckoutUrl({
        merchantId: "m",
        accountField: "order_id",
        accountValue: "1",
        amountTiyin: 1,
        checkoutUrl: "http://localhost:4010/",
      }).startsWith("http://localhost:4010/bT1t")
    ).toBe(true)
  })
})

describe("PaymePaymentProviderService.validateOptions", () => {
  const valid = { merchantId: "m", secretKey: "k" }

  it("accepts the minimal and the full option set", () => {
    expect(() =>
      PaymePaymentProviderService.validateOptions(valid)
    ).not.toThrow()
    expect(() =>
      PaymePaymentProviderService.validateOptions({
        ...valid,
        testMode: true,
        accountField: "order_id",
        language: "ru",
        returnUrl: "https://shop.uz/return",
        callbackTimeoutMs: 15000,
      })
    ).not.toThrow()
  })

  it.each([
    [{ secretKey: "k" }, /`merchantId` is required/],
    [{ merchantId: "m" }, /`secretKey` is required/],
    [{ ...valid, secretKey: "" }, /`secretKey` is required/],
    [{ ...valid, accountField: "order id" }, /accountField/],
    [{ ...valid, language: "de" }, /language/],
    [{ ...valid, returnUrl: "not a url" }, /returnUrl/],
    [{ ...valid, returnUrl: "https://shop.uz/a;b" }, /returnUrl/],
    [{ ...valid, callbackTimeoutMs: Number("abc") }, /callbackTimeoutMs/],
    [{ ...valid, callbackTimeoutMs: -1 }, /callbackTimeoutMs/],
  ])("refuses %p", (options, message) => {
    expect(() => PaymePaymentProviderService.validateOptions(options)).toThrow(
      message
    )
  })
})
