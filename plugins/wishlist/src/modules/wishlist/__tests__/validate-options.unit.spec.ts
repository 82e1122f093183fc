import { MedusaError } from "@medusajs/framework/utils"
import validateOptionsLoader, {
  MAX_ALERT_COOLDOWN_MS,
  validateWishlistOptions,
} from "../loaders/validate-options"

const DAY_MS = 24 * 60 * 60 * 1000

describe("validateWishlistOptions", () => {
  it.each([
    ["no options", undefined, DAY_MS],
    ["empty options", {}, DAY_MS],
    ["an unset env value", { alertCooldownMs: undefined }, DAY_MS],
    ["no cooldown", { alertCooldownMs: 0 }, 0],
    ["an hour", { alertCooldownMs: 3_600_000 }, 3_600_000],
    [
      "the maximum",
      { alertCooldownMs: MAX_ALERT_COOLDOWN_MS },
      MAX_ALERT_COOLDOWN_MS,
    ],
    // Medusa adds its own keys to a module's options.
    ["Medusa's own keys", { database: { clientUrl: "postgres://x" } }, DAY_MS],
  ])("accepts %s", (_, options, cooldown) => {
    expect(validateWishlistOptions(options)).toEqual({
      alertCooldownMs: cooldown,
    })
  })

  it.each([
    [
      { alertCooldownMs: -1 },
      /`alertCooldownMs` .*\(-1\): must not be negative/,
    ],
    [{ alertCooldownMs: 1.5 }, /`alertCooldownMs` .*\(1\.5\): must be a whole/],
    // `WISHLIST_ALERT_COOLDOWN_MS=abc` reaches the module as NaN.
    [{ alertCooldownMs: NaN }, /`alertCooldownMs` .*\(NaN\): must be a number/],
    [{ alertCooldownMs: Infinity }, /`alertCooldownMs` .*\(Infinity\)/],
    [
      { alertCooldownMs: "60000" },
      /`alertCooldownMs` .*\("60000"\): must be a number/,
    ],
    [
      { alertCooldownMs: MAX_ALERT_COOLDOWN_MS + 1 },
      /`alertCooldownMs` .*must be at most/,
    ],
  ])("refuses %p with INVALID_DATA naming the option", (options, message) => {
    let error: unknown
    try {
      validateWishlistOptions(options)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((error as MedusaError).message).toMatch(message)
    expect((error as MedusaError).message).toContain("wishlist module")
  })

  it("is the module's loader: a bad option rejects the start-up", async () => {
    await expect(
      validateOptionsLoader({ options: { alertCooldownMs: -5 } } as any)
    ).rejects.toThrow(/`alertCooldownMs`/)
    await expect(
      validateOptionsLoader({ options: {} } as any)
    ).resolves.toBeUndefined()
  })
})
