import { MedusaError } from "@medusajs/framework/utils"
import { validateLoyaltyOptions } from "../options"

const message = (options: unknown) => {
  try {
    validateLoyaltyOptions(options)
  } catch (e) {
    expect(MedusaError.isMedusaError(e)).toBe(true)
    expect((e as MedusaError).type).toBe(MedusaError.Types.INVALID_DATA)
    return (e as Error).message
  }
  throw new Error("expected the options to be refused")
}

describe("loyalty module options", () => {
  it.each([
    [
      { maxRedeemShare: 7 },
      "Option `maxRedeemShare` of the loyalty module must be between 0 and 1 (got 7).",
    ],
    [
      { maxRedeemShare: 0 },
      "Option `maxRedeemShare` of the loyalty module must be between 0 and 1 (got 0).",
    ],
    [
      { maxRedeemShare: Number("abc") },
      "Option `maxRedeemShare` of the loyalty module must be a number (got NaN).",
    ],
    [
      { expiryMonths: -1 },
      "Option `expiryMonths` of the loyalty module must be 0 (never) or more months (got -1).",
    ],
    [
      { tierWindowMonths: -12 },
      "Option `tierWindowMonths` of the loyalty module must be at least 1 month (got -12).",
    ],
    [
      { expiryNoticeDays: 1.5 },
      "Option `expiryNoticeDays` of the loyalty module must be a whole number of days (got 1.5).",
    ],
    [
      { earnRates: { uzs: { points: 1, per: 0 } } },
      "Option `earnRates.uzs.per` of the loyalty module per must be a positive number (got 0).",
    ],
    [
      { pointValues: { uzs: -100 } },
      "Option `pointValues.uzs` of the loyalty module must be a positive number (got -100).",
    ],
    [
      { tiers: [{ name: "silver", threshold: 10, multiplier: 1 }] },
      'Option `tiers` of the loyalty module needs a first tier with threshold 0 (got [{"name":"silver","threshold":10,"multiplier":1}]).',
    ],
    [
      { maxRedeemShares: 0.5 },
      "Option `maxRedeemShares` of the loyalty module is not a known option.",
    ],
  ])("refuses %j", (options, expected) => {
    expect(message(options)).toBe(expected)
  })

  it("accepts no options, every option, and Medusa's own `database` key", () => {
    expect(() => validateLoyaltyOptions({})).not.toThrow()
    expect(() => validateLoyaltyOptions(undefined)).not.toThrow()
    expect(() =>
      validateLoyaltyOptions({
        database: { clientUrl: "postgres://x" },
        earnRates: { uzs: { points: 1, per: 1000 } },
        pointValues: { uzs: 100 },
        maxRedeemShare: 1,
        tiers: [{ name: "bronze", threshold: 0, multiplier: 1 }],
        expiryMonths: 0,
        expiryNoticeDays: 14,
        // medusa-config passes unset env values as undefined
        tierWindowMonths: undefined,
      })
    ).not.toThrow()
  })
})
