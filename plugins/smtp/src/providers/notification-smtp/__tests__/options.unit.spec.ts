import { SmtpNotificationProviderService } from "../service"

describe("SmtpNotificationProviderService.validateOptions", () => {
  it("requires host and from, a valid port and a password with a user", () => {
    const valid = { host: "smtp.bozor.uz", from: "Bozor <no-reply@bozor.uz>" }
    expect(() =>
      SmtpNotificationProviderService.validateOptions(valid)
    ).not.toThrow()
    expect(() =>
      SmtpNotificationProviderService.validateOptions({ from: valid.from })
    ).toThrow("Option `host` is required")
    expect(() =>
      SmtpNotificationProviderService.validateOptions({ host: valid.host })
    ).toThrow("Option `from` is required")
    expect(() =>
      SmtpNotificationProviderService.validateOptions({ ...valid, port: 70000 })
    ).toThrow("Option `port` must be a TCP port number")
    expect(() =>
      SmtpNotificationProviderService.validateOptions({ ...valid, user: "u" })
    ).toThrow("Option `password` is required when `user` is set")
  })
})
