import {
  boot as bootApp,
  createMigratedDatabase,
  dropDatabase,
} from "./lib/medusa"

// Boots the Bozor app (`medusa exec`, every module and its loaders, from
// medusa-config.ts) with bad option values: the start-up must stop and name
// each bad option. The same boot with good values is the control.
jest.setTimeout(180 * 1000)

const DB_NAME = `bozor_boot_options_${process.pid}`
const boot = (env: Record<string, string>) =>
  bootApp(DB_NAME, "noop-script.ts", env)

const BAD = {
  LOYALTY_MAX_REDEEM_SHARE: "7",
  DISPUTES_SLA_HOURS: "-1",
  WISHLIST_ALERT_COOLDOWN_MS: "-5",
  REVIEWS_RATE_LIMIT_MAX: "-1",
  NOTIFICATION_ADMIN_LOCALE: "xx",
  AUTH_THROTTLE_MAX_FAILURES_PER_ACCOUNT: "0",
}

describe("module options are validated at start-up", () => {
  beforeAll(() => createMigratedDatabase(DB_NAME))
  afterAll(() => dropDatabase(DB_NAME))

  it("refuses to boot with bad values and names every bad option", async () => {
    const { code, output } = await boot(BAD)
    expect(code).not.toBe(0)
    for (const option of [
      "maxRedeemShare",
      "slaHours",
      "alertCooldownMs",
      "rateLimitMax",
      "adminLocale",
      "maxFailuresPerAccount",
    ]) {
      expect(output).toContain(`Option \`${option}\``)
    }
  })

  it("names a variable that is not a number", async () => {
    const { code, output } = await boot({
      AUTH_THROTTLE_WINDOW_SECONDS: "fifteen",
    })
    expect(code).not.toBe(0)
    expect(output).toContain("AUTH_THROTTLE_WINDOW_SECONDS must be a number")
  })

  it("boots with good values (the control)", async () => {
    const { code, output } = await boot({
      LOYALTY_MAX_REDEEM_SHARE: "0.5",
      DISPUTES_SLA_HOURS: "48",
      WISHLIST_ALERT_COOLDOWN_MS: "1000",
      REVIEWS_RATE_LIMIT_MAX: "5",
      NOTIFICATION_ADMIN_LOCALE: "ru",
      AUTH_THROTTLE_MAX_FAILURES_PER_ACCOUNT: "5",
    })
    expect({ code, errors: output.match(/Option `\w+`.*/g) }).toEqual({
      code: 0,
      errors: null,
    })
  })
})
