import {
  cyrillicToLatin,
  hasCyrillic,
  latinToCyrillic,
  searchKey,
} from "../transliteration"

describe("Uzbek transliteration", () => {
  const pairs: [string, string][] = [
    ["Ўзбекистон", "Oʻzbekiston"],
    ["ғалла", "gʻalla"],
    ["шаҳар", "shahar"],
    ["чой", "choy"],
    ["қозон", "qozon"],
    ["тонг", "tong"],
    ["ёз", "yoz"],
    ["юлдуз", "yulduz"],
    ["яшил", "yashil"],
    ["цех", "tsex"],
    ["ер", "yer"],
    ["хона", "xona"],
    ["маъно", "maʼno"],
    ["эшик", "eshik"],
  ]

  it.each(pairs)("Cyrillic %s → Latin %s", (cyr, lat) => {
    expect(cyrillicToLatin(cyr)).toBe(lat)
  })

  it.each(pairs)("Latin of %s back to Cyrillic", (cyr, lat) => {
    expect(latinToCyrillic(lat)).toBe(cyr)
  })

  it("accepts every apostrophe shoppers type for oʻ and gʻ", () => {
    for (const text of ["o'zbek", "o`zbek", "o’zbek", "oʻzbek", "o‘zbek"]) {
      expect(latinToCyrillic(text)).toBe("ўзбек")
    }
    expect(latinToCyrillic("G'alla")).toBe("Ғалла")
  })

  it("keeps case, including capitalised digraphs", () => {
    expect(cyrillicToLatin("Шаҳар")).toBe("Shahar")
    expect(cyrillicToLatin("ШАҲАР")).toBe("SHAHAR")
    expect(cyrillicToLatin("Чой")).toBe("Choy")
    expect(latinToCyrillic("Shahar")).toBe("Шаҳар")
  })

  it("maps Russian text to Latin and leaves other characters alone", () => {
    expect(cyrillicToLatin("Щётка для обуви")).toBe("Shchyotka dlya obuvi")
    expect(cyrillicToLatin("Сыр, 500 г")).toBe("Sir, 500 g")
    expect(cyrillicToLatin("Qozon 5L")).toBe("Qozon 5L")
  })

  it("builds one search key for the same word in either script", () => {
    const forms = [
      "Oʻzbek qozoni",
      "O'zbek qozoni",
      "ozbek QOZONI",
      "Ўзбек қозони",
    ]
    for (const form of forms) {
      expect(searchKey(form)).toBe("ozbek qozoni")
    }
    expect(searchKey("ғўза")).toBe(searchKey("g'o'za"))
    expect(searchKey(null)).toBe("")
  })

  it("detects Cyrillic", () => {
    expect(hasCyrillic("qozon")).toBe(false)
    expect(hasCyrillic("қозон")).toBe(true)
  })
})
