import {
  expiryDate,
  floorPoints,
  pointsForAmount,
  pointsToExpire,
  resolveOptions,
  tierFor,
  tierWindowStart,
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

  it.each([
    // from, months → expires (end of a shorter month, not the next month)
    ["2027-01-31T10:00:00Z", 1, "2027-02-28T10:00:00Z"],
    ["2028-01-31T10:00:00Z", 1, "2028-02-29T10:00:00Z"],
    ["2027-03-31T10:00:00Z", 1, "2027-04-30T10:00:00Z"],
    ["2027-08-31T10:00:00Z", 6, "2028-02-29T10:00:00Z"],
    ["2027-05-15T10:00:00Z", 12, "2028-05-15T10:00:00Z"],
  ])("a credit of %s expires %s months later on %s", (from, months, to) => {
    expect(expiryDate(new Date(from), months).toISOString()).toBe(
      new Date(to).toISOString()
    )
  })

  it("starts the tier window on the last day of a shorter month", () => {
    expect(
      tierWindowStart(new Date("2027-03-31T10:00:00Z"), 1).toISOString()
    ).toBe("2027-02-28T10:00:00.000Z")
    expect(
      tierWindowStart(new Date("2028-02-29T10:00:00Z"), 12).toISOString()
    ).toBe("2027-02-28T10:00:00.000Z")
  })
})
