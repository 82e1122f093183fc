import { countSmsSegments } from "../sms-segments"

describe("countSmsSegments", () => {
  it.each([
    ["", "GSM-7", 0, 0],
    ["a".repeat(160), "GSM-7", 160, 1],
    ["a".repeat(161), "GSM-7", 161, 2],
    ["a".repeat(306), "GSM-7", 306, 2],
    ["a".repeat(307), "GSM-7", 307, 3],
    // Extension characters take two septets.
    ["€".repeat(80), "GSM-7", 160, 1],
    ["a".repeat(159) + "{", "GSM-7", 161, 2],
    // Uzbek Latin with an ASCII apostrophe stays GSM-7.
    ["Buyurtmangiz qabul qilindi. O'zbekiston", "GSM-7", 39, 1],
    // The modifier letter ʻ (U+02BB) forces UCS-2.
    ["Oʻzbekiston", "UCS-2", 11, 1],
    ["я".repeat(70), "UCS-2", 70, 1],
    ["я".repeat(71), "UCS-2", 71, 2],
    ["я".repeat(134), "UCS-2", 134, 2],
    ["я".repeat(135), "UCS-2", 135, 3],
  ])("%j is %s, %i units, %i segment(s)", (text, encoding, units, segments) => {
    expect(countSmsSegments(text)).toEqual({ encoding, units, segments })
  })
})
