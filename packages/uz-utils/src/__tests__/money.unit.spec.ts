import { formatMoney } from "../money"

describe("formatMoney", () => {
  it.each([
    ["1325000", "uzs", "uz", "1 325 000 so'm"],
    ["1325000", "UZS", "ru", "1 325 000 сум"],
    ["1325000", "uzs", "en", "1 325 000 UZS"],
    ["650000.5", "uzs", "uz", "650 001 so'm"],
    ["650000.49", "uzs", "uz", "650 000 so'm"],
    ["-25000", "uzs", "uz", "-25 000 so'm"],
    ["0", "uzs", "uz", "0 so'm"],
    ["-0.2", "uzs", "uz", "0 so'm"],
    ["52", "usd", "en", "52.00 USD"],
    ["1234.565", "usd", "en", "1 234.57 USD"],
    ["0.005", "eur", "ru", "0.01 EUR"],
    [
      "123456789012345678901234",
      "uzs",
      "uz",
      "123 456 789 012 345 678 901 234 so'm",
    ],
  ] as const)("%s %s in %s → %s", (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected)
  })

  it("takes numbers", () => {
    expect(formatMoney(25000, "uzs", "uz")).toBe("25 000 so'm")
  })

  it("refuses what is not a plain decimal", () => {
    expect(() => formatMoney("1e21", "uzs", "uz")).toThrow(TypeError)
  })
})
