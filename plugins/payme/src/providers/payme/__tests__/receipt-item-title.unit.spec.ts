import { receiptItemTitle } from "../utils/receipt-item-title"

describe("receiptItemTitle", () => {
  it.each([
    // The seed's single variant is a real name: kept.
    [{ product_title: "Qurut", variant_title: "Standart" }, "Qurut (Standart)"],
    [
      { product_title: "Cho'yan qozon, 12 l", variant_title: "Standart" },
      "Cho'yan qozon, 12 l (Standart)",
    ],
    [
      { product_title: "Atlas ko'ylak", variant_title: "M" },
      "Atlas ko'ylak (M)",
    ],
    // Medusa's placeholder, in any case and spacing: left out.
    [{ product_title: "Qurut", variant_title: "Default variant" }, "Qurut"],
    [{ product_title: "Qurut", variant_title: " default  VARIANT " }, "Qurut"],
    // Nothing more to say.
    [{ product_title: "Qurut", variant_title: "qurut" }, "Qurut"],
    [{ product_title: "Qurut", variant_title: null }, "Qurut"],
    [{ product_title: "Qurut", variant_title: "  " }, "Qurut"],
    // Without a product title: the line's title, then the variant's.
    [{ title: "Qurut", variant_title: "Standart" }, "Qurut (Standart)"],
    [{ variant_title: "Standart" }, "Standart"],
    [{ title: "Sovg'a", variant_title: "Default variant" }, "Sovg'a"],
  ])("%j → %s", (line, expected) => {
    expect(receiptItemTitle(line)).toBe(expected)
  })
})
