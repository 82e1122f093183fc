import { maskPhone, normalizeUzPhone } from "../phone"

describe("normalizeUzPhone", () => {
  it.each([
    ["+998901234567", "998901234567"],
    ["998901234567", "998901234567"],
    ["+998 (90) 123-45-67", "998901234567"],
    ["00998 93 123 45 67", "998931234567"],
    ["901234567", "998901234567"],
    ["8 97 123 45 67", "998971234567"],
    ["+998 33 100 00 00", "998331000000"],
    ["+998.88.765.43.21", "998887654321"],
  ])("normalises %s to %s", (input, expected) => {
    expect(normalizeUzPhone(input)).toBe(expected)
  })

  it.each([
    ["", "empty"],
    ["+7 901 234 56 78", "Russian number"],
    ["+998 71 123 45 67", "Tashkent landline"],
    ["+99890123456", "11 digits"],
    ["+9989012345678", "13 digits"],
    ["+998 90 123 45 6a", "letters"],
    ["1234", "too short"],
  ])("rejects %s (%s) with a clear error that masks the number", (input) => {
    expect(() => normalizeUzPhone(input)).toThrow(
      /is not a valid Uzbek mobile number/
    )
    try {
      normalizeUzPhone(input)
    } catch (e) {
      const digits = input.replace(/\D/g, "")
      if (digits.length > 4) {
        expect((e as Error).message).not.toContain(digits)
      }
    }
  })
})

describe("maskPhone", () => {
  it("keeps the last four digits only", () => {
    expect(maskPhone("+998 90 123 45 67")).toBe("********4567")
    expect(maskPhone("12")).toBe("****")
  })
})
