import { EskizNotificationProviderService } from "../service"

describe("EskizNotificationProviderService.validateOptions", () => {
  const valid = {
    channels: ["sms"],
    email: "shop@bozor.uz",
    password: "secret",
  }

  it("accepts the minimal and the full option set", () => {
    expect(() =>
      EskizNotificationProviderService.validateOptions(valid)
    ).not.toThrow()
    expect(() =>
      EskizNotificationProviderService.validateOptions({
        ...valid,
        from: "BOZOR",
        apiUrl: "http://127.0.0.1:4010/api",
        callbackUrl: "https://shop.uz/hooks/eskiz/status",
        callbackSecret: "a-long-random-callback-secret",
        timeoutMs: 5000,
        refreshBeforeSeconds: 3600,
        playmobile: {
          login: "l",
          password: "p",
          originator: "3700",
          apiUrl: "https://send.smsxabar.uz/broker-api",
        },
      })
    ).not.toThrow()
  })

  it.each([
    [{ ...valid, email: undefined }, "Option `email` is required"],
    [{ ...valid, password: "" }, "Option `password` is required"],
    [
      { ...valid, apiUrl: "notify.eskiz.uz" },
      "Option `apiUrl` must be an http(s) URL",
    ],
    [
      {
        ...valid,
        callbackUrl: "https://shop.uz/hooks/eskiz/status?secret=x",
        callbackSecret: "a-long-random-callback-secret",
      },
      "Option `callbackUrl` must be the bare status URL",
    ],
    [
      { ...valid, callbackUrl: "https://shop.uz/hooks/eskiz/status" },
      "Option `callbackSecret` is required with `callbackUrl`",
    ],
    [
      {
        ...valid,
        callbackUrl: "https://shop.uz/hooks/eskiz/status",
        callbackSecret: "short",
      },
      "Option `callbackSecret` is required with `callbackUrl` and must be at least 16 characters",
    ],
    [
      { ...valid, timeoutMs: Number("x") },
      "Option `timeoutMs` must be a positive number",
    ],
    [
      { ...valid, playmobile: { login: "l" } },
      "Option `playmobile.password` is required",
    ],
    [
      {
        ...valid,
        playmobile: { login: "l", password: "p", apiUrl: "ftp://x" },
      },
      "Option `playmobile.apiUrl` must be an http(s) URL",
    ],
  ])("rejects %j", (options, message) => {
    expect(() =>
      EskizNotificationProviderService.validateOptions(options)
    ).toThrow(message)
  })
})
