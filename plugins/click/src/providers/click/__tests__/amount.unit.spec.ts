import { BigNumber, MathBN } from "@medusajs/framework/utils"
import {
  clickAmountMatches,
  fromClickAmount,
  toClickAmount,
} from "../utils/amount"

describe("toClickAmount", () => {
  it.each([
    [150000, "150000.00"],
    [0, "0.00"],
    [1, "1.00"],
    ["1000", "1000.00"],
    [1000.5, "1000.50"],
    ["1000.005", "1000.01"], // half-up to the tiyin
    ["1000.004", "1000.00"],
    ["999999999999.99", "999999999999.99"],
    [new BigNumber("12345.678"), "12345.68"],
    [{ value: "1325000", precision: 20 }, "1325000.00"],
    // 0.1 + 0.2 in floats is 0.30000000000000004: BigNumber keeps it exact.
    [MathBN.add("0.1", "0.2"), "0.30"],
  ])("%p → %s", (input, expected) => {
    expect(toClickAmount(input as never)).toBe(expected)
  })

  it("refuses a negative amount", () => {
    expect(() => toClickAmount(-1)).toThrow(/cannot be sent to Click/)
  })
})

describe("fromClickAmount", () => {
  it.each([
    ["15000", "15000"],
    ["15000.0", "15000"],
    ["15000.00", "15000"],
    ["15000.5", "15000.5"],
    [" 15000.00 ", "15000"],
    ["0.01", "0.01"],
  ])("%p → %s", (raw, expected) => {
    expect(fromClickAmount(raw)!.bigNumber!.toFixed()).toBe(expected)
  })

  it.each(["", "abc", "-5", "1e5", "15,000.00", "1.2.3", "Infinity", "0x10"])(
    "rejects %p",
    (raw) => {
      expect(fromClickAmount(raw)).toBeNull()
    }
  )
})

describe("clickAmountMatches", () => {
  it.each([
    ["15000", 15000, true],
    ["15000.0", 15000, true],
    ["15000.00", "15000", true],
    ["15000.01", 15000, false],
    ["14999.99", 15000, false],
    ["15000.001", 15000, false],
    ["1325000.00", { value: "1325000", precision: 20 }, true],
    ["100.10", "100.1", true],
    ["100.10", "100.104", true], // the Medusa side is rounded to Click's precision
    ["garbage", 15000, false],
  ])("%p vs %p → %p", (raw, amount, expected) => {
    expect(clickAmountMatches(raw, amount as never)).toBe(expected)
  })
})
