import { BigNumber, MathBN } from "@medusajs/framework/utils"
import {
  fromPayPalAmount,
  paypalAmountMatches,
  paypalCurrencyExponent,
  toPayPalAmount,
} from "../utils/amount"

describe("toPayPalAmount", () => {
  it.each([
    [100, "usd", "100.00"],
    [0, "usd", "0.00"],
    ["10.5", "USD", "10.50"],
    ["10.005", "usd", "10.01"], // half-up to the cent
    ["10.004", "eur", "10.00"],
    [new BigNumber("1234.567"), "gbp", "1234.57"],
    [{ value: "49.99", precision: 20 }, "usd", "49.99"],
    // 0.1 + 0.2 in floats is 0.30000000000000004: BigNumber keeps it exact.
    [MathBN.add("0.1", "0.2"), "usd", "0.30"],
    [1000, "jpy", "1000"],
    ["1000.5", "JPY", "1001"],
    ["999.4", "huf", "999"],
    [250, "twd", "250"],
  ])("%p %s → %s", (input, currency, expected) => {
    expect(toPayPalAmount(input as never, currency)).toBe(expected)
  })

  it("refuses a negative amount", () => {
    expect(() => toPayPalAmount(-1, "usd")).toThrow(/cannot be sent to PayPal/)
  })
})

describe("paypalCurrencyExponent", () => {
  it.each([
    ["usd", 2],
    ["EUR", 2],
    ["jpy", 0],
    ["HUF", 0],
    ["twd", 0],
  ])("%s → %d", (currency, exponent) => {
    expect(paypalCurrencyExponent(currency)).toBe(exponent)
  })
})

describe("fromPayPalAmount / paypalAmountMatches", () => {
  it.each([
    ["10.00", "10"],
    ["10.5", "10.5"],
    ["0", "0"],
  ])("%s parses to %s", (raw, expected) => {
    const parsed = fromPayPalAmount(raw)
    expect(parsed).not.toBeNull()
    expect(MathBN.eq(parsed!, expected)).toBe(true)
  })

  it.each(["", "-1.00", "1,00", "1.001", "abc"])("%p is malformed", (raw) => {
    expect(fromPayPalAmount(raw)).toBeNull()
  })

  it.each([
    ["10.00", 10, "usd", true],
    ["10.01", 10, "usd", false],
    ["10.01", "10.005", "usd", true],
    ["1000", 1000, "jpy", true],
    ["x", 10, "usd", false],
  ])("%s vs %p %s → %p", (raw, amount, currency, expected) => {
    expect(paypalAmountMatches(raw, amount as never, currency)).toBe(expected)
  })
})
