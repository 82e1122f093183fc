import { MedusaError } from "@medusajs/framework/utils"
import { validateNotificationsOptions } from "../options"
import templatesLoader from "../../modules/notification-templates/loaders/validate-options"
import deliveryLoader from "../../modules/notification-delivery/loaders/validate-options"

const DEFAULTS = {
  storeName: "Bozor",
  adminLocale: "uz",
  retryMaxAttempts: 4,
  retryBaseDelaySeconds: 300,
  retryMaxAgeHours: 48,
  inbox: false,
  inboxChannel: "feed",
  push: false,
  pushChannel: "push",
  quietHours: {
    start: "22:00",
    end: "08:00",
    timeZone: "Asia/Tashkent",
    channels: ["sms"],
  },
  campaignRatePerSecond: { sms: 20, email: 50, push: 200 },
  campaignBatchSize: 100,
  marketingSmsOptOut: {
    uz: "Rad etish: ilovada Sozlamalar > Xabarnomalar",
    ru: "Отписаться: в приложении Настройки > Уведомления",
    en: "Opt out: app Settings > Notifications",
  },
}

describe("@bozor/medusa-notifications options", () => {
  it("defaults to Bozor, Uzbek admin e-mails and 4 tries 5, 10, 20 minutes apart", () => {
    expect(validateNotificationsOptions()).toEqual(DEFAULTS)
    expect(
      validateNotificationsOptions({
        storeName: undefined,
        adminLocale: undefined,
        retryMaxAttempts: undefined,
      })
    ).toEqual(DEFAULTS)
  })

  it("takes a store name, an admin locale, and a retry policy", () => {
    expect(
      validateNotificationsOptions({
        storeName: " Qozonchi ",
        adminLocale: "ru",
        retryMaxAttempts: 2,
        retryBaseDelaySeconds: 60,
        retryMaxAgeHours: 6,
      })
    ).toEqual({
      ...DEFAULTS,
      storeName: "Qozonchi",
      adminLocale: "ru",
      retryMaxAttempts: 2,
      retryBaseDelaySeconds: 60,
      retryMaxAgeHours: 6,
    })
  })

  it("takes the inbox, quiet hours and campaign throttling", () => {
    expect(
      validateNotificationsOptions({
        inbox: true,
        quietHours: { start: "21:30", end: "09:00", channels: ["sms", "push"] },
        campaignRatePerSecond: { sms: 5 },
        campaignBatchSize: 500,
      })
    ).toEqual({
      ...DEFAULTS,
      inbox: true,
      quietHours: {
        start: "21:30",
        end: "09:00",
        timeZone: "Asia/Tashkent",
        channels: ["sms", "push"],
      },
      campaignRatePerSecond: { sms: 5, email: 50, push: 200 },
      campaignBatchSize: 500,
    })
  })

  it.each([
    [{ storeName: "" }, "storeName"],
    [{ storeName: "A very long store name, too long" }, "storeName"],
    [{ storeName: "{{total}}" }, "storeName"],
    [{ storeName: "Line\nbreak" }, "storeName"],
    [{ storeName: 7 }, "storeName"],
    [{ adminLocale: "de" }, "adminLocale"],
    [{ retryMaxAttempts: 0 }, "retryMaxAttempts"],
    [{ retryMaxAttempts: 2.5 }, "retryMaxAttempts"],
    [{ retryBaseDelaySeconds: 5 }, "retryBaseDelaySeconds"],
    [{ retryMaxAgeHours: 10000 }, "retryMaxAgeHours"],
    [{ quietHours: { start: "25:00" } }, "quietHours.start"],
    [{ quietHours: { timeZone: "Mars/Olympus" } }, "quietHours.timeZone"],
    [{ campaignRatePerSecond: { sms: 0 } }, "campaignRatePerSecond.sms"],
    [{ campaignBatchSize: 5000 }, "campaignBatchSize"],
    [{ marketingSmsOptOut: { uz: "{{total}}" } }, "marketingSmsOptOut.uz"],
  ])("refuses %j, naming the option", (options, name) => {
    let error: unknown
    try {
      validateNotificationsOptions(options as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((error as MedusaError).message).toContain(
      `Option \`${name}\` of @bozor/medusa-notifications is invalid`
    )
  })

  it("ignores the database settings Medusa adds to every module's options", async () => {
    for (const loader of [templatesLoader, deliveryLoader]) {
      await expect(
        loader({
          options: { database: { clientUrl: "postgres://x" } },
        } as never)
      ).resolves.toBeUndefined()
    }
  })

  it("stops the modules' loaders", async () => {
    for (const loader of [templatesLoader, deliveryLoader]) {
      await expect(
        loader({ options: { adminLocale: "fr" } } as never)
      ).rejects.toThrow("adminLocale")
    }
  })
})
