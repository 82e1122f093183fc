import { MedusaError } from "@medusajs/framework/utils"
import validateOptionsLoader, {
  validateDisputesOptions,
} from "../loaders/validate-options"

describe("validateDisputesOptions", () => {
  it.each([
    ["no options", undefined],
    ["empty options", {}],
    ["both set", { windowDays: 14, slaHours: 0.5 }],
    ["unset env values", { windowDays: undefined, slaHours: undefined }],
    ["keys Medusa adds", { database: { clientUrl: "postgres://x" } }],
  ])("accepts %s", (_, options) => {
    expect(() => validateDisputesOptions(options)).not.toThrow()
  })

  it.each([
    [
      { windowDays: -1 },
      /Option `windowDays` must be a positive number \(got -1\)/,
    ],
    [
      { windowDays: 0 },
      /Option `windowDays` must be a positive number \(got 0\)/,
    ],
    [
      { slaHours: -48 },
      /Option `slaHours` must be a positive number \(got -48\)/,
    ],
    [
      { slaHours: NaN },
      /Option `slaHours` must be a positive number \(got NaN\)/,
    ],
    [{ slaHours: Infinity }, /Option `slaHours` .* \(got Infinity\)/],
    [
      { windowDays: "30" },
      /Option `windowDays` must be a positive number \(got "30"\)/,
    ],
  ])("refuses %p naming the option", (options, message) => {
    let error: unknown
    try {
      validateDisputesOptions(options)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(MedusaError)
    expect((error as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    expect((error as Error).message).toMatch(message)
  })

  it("is what the module's loader runs at start-up", async () => {
    await expect(
      validateOptionsLoader({ options: { slaHours: -1 } } as any)
    ).rejects.toThrow(/Option `slaHours` must be a positive number/)
    await expect(
      validateOptionsLoader({ options: { slaHours: 1 } } as any)
    ).resolves.toBeUndefined()
  })
})
