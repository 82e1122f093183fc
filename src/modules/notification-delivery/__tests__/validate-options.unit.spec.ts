import { MedusaError } from "@medusajs/framework/utils"
import validateOptionsLoader, {
  validateNotificationDeliveryOptions,
} from "../loaders/validate-options"

describe("notificationDelivery module options", () => {
  it("accepts no options and a long enough callback secret", () => {
    expect(validateNotificationDeliveryOptions()).toEqual({})
    expect(
      validateNotificationDeliveryOptions({
        eskizCallbackSecret: "a-long-random-callback-secret",
      })
    ).toEqual({ eskizCallbackSecret: "a-long-random-callback-secret" })
  })

  it.each([
    [{ eskizCallbackSecret: "short" }, "eskizCallbackSecret"],
    [{ eskizCallbackSecret: 12345678901234567 }, "eskizCallbackSecret"],
    [{ callbackSecret: "a-long-random-callback-secret" }, "options"],
  ])("refuses %j, naming the option", (options, name) => {
    let error: unknown
    try {
      validateNotificationDeliveryOptions(options as never)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((error as MedusaError).message).toContain(
      `Option \`${name}\` of the notificationDelivery module is invalid`
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
      validateOptionsLoader({
        options: { eskizCallbackSecret: "short" },
      } as never)
    ).rejects.toThrow("eskizCallbackSecret")
  })
})
