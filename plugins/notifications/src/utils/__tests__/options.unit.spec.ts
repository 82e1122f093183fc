import { MedusaError } from "@medusajs/framework/utils"
import validateOptionsLoader, {
  validateNotificationTemplatesOptions,
} from "../loaders/validate-options"

describe("notificationTemplates module options", () => {
  it("defaults to Bozor and Uzbek admin e-mails", () => {
    expect(validateNotificationTemplatesOptions()).toEqual({
      storeName: "Bozor",
      adminLocale: "uz",
    })
    expect(
      validateNotificationTemplatesOptions({
        storeName: undefined,
        adminLocale: undefined,
      })
    ).toEqual({ storeName: "Bozor", adminLocale: "uz" })
  })

  it("takes a store name and an admin locale", () => {
    expect(
      validateNotificationTemplatesOptions({
        storeName: " Qozonchi ",
        adminLocale: "ru",
      })
    ).toEqual({ storeName: "Qozonchi", adminLocale: "ru" })
  })

  it.each([
    [{ storeName: "" }, "storeName"],
    [{ storeName: "A very long store name, too long" }, "storeName"],
    [{ storeName: "{{total}}" }, "storeName"],
    [{ storeName: "Line\nbreak" }, "storeName"],
    [{ storeName: 7 }, "storeName"],
    [{ adminLocale: "de" }, "adminLocale"],
    [{ adminlocale: "ru" }, "options"],
  ])("refuses %j, naming the option", (options, name) => {
    let error: unknown
    try {
      validateNotificationTemplatesOptions(options as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((error as MedusaError).message).toContain(
      `Option \`${name}\` of the notificationTemplates module is invalid`
    )
  })

  it("ignores the database settings Medusa adds to every module's options", () => {
    expect(() =>
      validateOptionsLoader({
        options: { database: { clientUrl: "postgres://x" } },
      } as never)
    ).not.toThrow()
  })

  it("stops the module loader", async () => {
    await expect(
      validateOptionsLoader({ options: { adminLocale: "fr" } } as never)
    ).rejects.toThrow("adminLocale")
  })
})
