import { BigNumber } from "@medusajs/framework/utils"
import { fromTiyin, isTiyin, tiyinEquals, toTiyin } from "../utils/amount"

describe("Payme amount conversion (so'm ↔ tiyin)", () => {
  it.each([
    [0, 0],
    [1, 100],
    [15000, 1500000],
    [150000, 15000000],
    [2900000, 290000000],
    ["0.01", 1],
    ["1500.5", 150050],
    ["1500.55", 150055],
    // Sub-tiyin precision from tax math rounds half up.
    ["0.005", 1],
    ["0.0049", 0],
    ["12345.675", 1234568],
    // Values a float multiplication gets wrong (0.29 * 100 = 28.999…).
    ["0.29", 29],
    ["1.005", 101],
    ["4.35", 435],
  ])("toTiyin(%p) = %p", (sum, tiyin) => {
    expect(toTiyin(sum)).toBe(tiyin)
  })

  it("accepts Medusa BigNumber values and raw values", () => {
    expect(toTiyin(new BigNumber(1325000))).toBe(132500000)
    expect(toTiyin(new BigNumber({ value: "0.29", precision: 20 }))).toBe(29)
  })

  it.each([
    [0, "0"],
    [1, "0.01"],
    [29, "0.29"],
    [150050, "1500.5"],
    [1500000, "15000"],
    [290000000, "2900000"],
    ["132500000", "1325000"],
  ])("fromTiyin(%p) = %p", (tiyin, sum) => {
    expect(fromTiyin(tiyin)).toBe(sum)
  })

  it.each([
    [1500000, 15000, true],
    [1500000, "15000.00", true],
    [1500001, 15000, false],
    [29, "0.29", true],
    [150050, "1500.5", true],
    [150050, "1500.505", false],
  ])("tiyinEquals(%p, %p) = %p", (tiyin, sum, expected) => {
    expect(tiyinEquals(tiyin, sum)).toBe(expected)
  })

  it.each([
    [1, true],
    [1500000, true],
    [0, false],
    [-100, false],
    [1.5, false],
    ["100", false],
    [null, false],
    [Number.MAX_SAFE_INTEGER + 1, false],
  ])("isTiyin(%p) = %p", (value, expected) => {
    expect(isTiyin(value)).toBe(expected)
  })

  it("refuses amounts beyond the safe integer range", () => {
    expect(() => toTiyin("1e20")).toThrow(/out of range/)
  })
})
