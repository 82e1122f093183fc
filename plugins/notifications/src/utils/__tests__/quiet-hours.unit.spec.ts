import { isQuietTime } from "../quiet-hours"

const TASHKENT = { start: "22:00", end: "08:00", timeZone: "Asia/Tashkent" }

describe("isQuietTime", () => {
  // Tashkent is UTC+5 all year.
  it.each([
    ["2026-12-02T16:59:00Z", false], // 21:59
    ["2026-12-02T17:00:00Z", true], // 22:00
    ["2026-12-02T20:30:00Z", true], // 01:30
    ["2026-12-03T02:59:00Z", true], // 07:59
    ["2026-12-03T03:00:00Z", false], // 08:00
    ["2026-12-03T07:00:00Z", false], // 12:00
  ])("%s in Tashkent is quiet: %s", (iso, quiet) => {
    expect(isQuietTime(new Date(iso), TASHKENT)).toBe(quiet)
  })

  it("handles a window within one day and an empty one", () => {
    const lunch = { start: "13:00", end: "14:00", timeZone: "UTC" }
    expect(isQuietTime(new Date("2026-12-02T13:30:00Z"), lunch)).toBe(true)
    expect(isQuietTime(new Date("2026-12-02T14:00:00Z"), lunch)).toBe(false)
    expect(
      isQuietTime(new Date("2026-12-02T13:30:00Z"), {
        ...lunch,
        end: "13:00",
      })
    ).toBe(false)
  })
})
