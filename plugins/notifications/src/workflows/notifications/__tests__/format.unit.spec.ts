import { formatMoney, pickLocale } from "../steps/prepare-order-notifications"

describe("formatMoney", () => {
  it.each([
    [1325000, "uzs", "uz", "1 325 000 so'm"],
    [1325000, "uzs", "ru", "1 325 000 сум"],
    [1325000, "uzs", "en", "1 325 000 UZS"],
    [999, "uzs", "uz", "999 so'm"],
    ["25000.4", "uzs", "uz", "25 000 so'm"],
    [1234.5, "usd", "en", "1 234.50 USD"],
    [15, "usd", "ru", "15.00 USD"],
  ] as const)("%s %s in %s → %s", (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale)).toBe(expected)
  })
})

describe("pickLocale", () => {
  it.each([
    [{ customer: { metadata: { locale: "ru" } }, locale: "en-US" }, "ru"],
    [{ customer: { metadata: { locale: "fr" } }, locale: "en-US" }, "en"],
    [{ customer: null, locale: "ru-RU" }, "ru"],
    [
      {
        customer: { metadata: null },
        locale: null,
        metadata: { locale: "EN" },
      },
      "en",
    ],
    [{ customer: null, locale: "de" }, "uz"],
    [{}, "uz"],
  ])("%j → %s", (source, expected) => {
    expect(pickLocale(source)).toBe(expected)
  })
})
