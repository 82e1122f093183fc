import {
  floorPoints,
  pointsForAmount,
  pointsToExpire,
  resolveOptions,
  tierFor,
  validateLoyaltyOptions,
} from "../program"

const options = resolveOptions({
  earnRates: { UZS: { points: 1, per: 1000 }, usd: { points: 10, per: 1 } },
  tiers: [
    { name: "gold", threshold: 5000, multiplier: 1.5 },
    { name: "bronze", threshold: 0, multiplier: 1 },
    { name: "silver", threshold: 1000, multiplier: 1.25 },
  ],
})

describe("loyalty program", () => {
  it.each([
    ["675000", "uzs", 1, 675],
    ["999", "uzs", 1, 0],
    ["1999.99", "uzs", 1, 1],
    ["675000", "uzs", 1.25, 843],
    ["675000", "UZS", 1.5, 1012],
    ["12.345", "usd", 1, 123],
    ["0.09", "usd", 1, 0],
    ["100", "eur", 1, 0],
  ])("%s %s × %s earns %s points", (amount, currency, multiplier, expected) => {
    expect(pointsForAmount(amount, currency, options, multiplier)).toBe(
      expected
    )
  })

  it.each([
    ["2.9", 2],
    ["-2.9", -2],
    ["0", 0],
    ["123456789012.5", 123456789012],
  ])("floors %s to %s", (value, expected) => {
    expect(floorPoints(value)).toBe(expected)
  })

  it.each([
    [0, "bronze", "silver"],
    [999, "bronze", "silver"],
    [1000, "silver", "gold"],
    [7000, "gold", null],
  ])("%s points earned is %s (next %s)", (earned, tier, next) => {
    const r = tierFor(earned, options.tiers)
    expect(r.tier.name).toBe(tier)
    expect(r.next?.name ?? null).toBe(next)
  })

  it.each([
    // due, non-expiry debits, already expired → to expire now
    [100, 30, 0, 70],
    [100, 30, 70, 0],
    [150, 30, 70, 50],
    [100, 150, 0, 0],
  ])("due %s, debits %s, expired %s: %s expire", (due, debits, expired, n) => {
    expect(pointsToExpire(due, debits, expired)).toBe(n)
  })

  it("refuses options that would break the program", () => {
    expect(() => validateLoyaltyOptions({ maxRedeemShare: 1.5 })).toThrow(
      "maxRedeemShare"
    )
    expect(() =>
      validateLoyaltyOptions({
        tiers: [{ name: "silver", threshold: 10, multiplier: 1 }],
      })
    ).toThrow("threshold 0")
    expect(() =>
      validateLoyaltyOptions({ earnRates: { uzs: { points: 1, per: 0 } } })
    ).toThrow("earnRates.uzs")
    expect(() => validateLoyaltyOptions({ expiryMonths: -1 })).toThrow(
      "expiryMonths"
    )
    expect(() => validateLoyaltyOptions({})).not.toThrow()
  })
})
