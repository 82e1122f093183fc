import { AlertState, decideAlerts } from "../decide-alerts"

const HOUR = 60 * 60 * 1000
const now = new Date("2026-11-23T12:00:00Z")
const base: AlertState = {
  price_when_added: 100000,
  price_drop_alert: true,
  target_price: null,
  back_in_stock_alert: true,
  observed_price: 100000,
  observed_in_stock: true,
  last_price_alert_at: null,
  last_stock_alert_at: null,
}
const kinds = (d: ReturnType<typeof decideAlerts>) =>
  d.alerts.map((a) => a.kind)

describe("decideAlerts", () => {
  it.each([
    ["a drop below the price when added", {}, 90000, ["price_drop"]],
    ["no change", {}, 100000, []],
    ["a rise", {}, 110000, []],
    ["alerts off", { price_drop_alert: false }, 90000, []],
    ["a drop above the target", { target_price: 80000 }, 90000, []],
    ["a drop to the target", { target_price: 90000 }, 90000, ["price_drop"]],
    [
      "a drop from a risen price that is still above the price when added",
      { observed_price: 130000 },
      120000,
      [],
    ],
    [
      "a further drop after an alert",
      {
        observed_price: 90000,
        last_price_alert_at: new Date(now.getTime() - 25 * HOUR),
      },
      80000,
      ["price_drop"],
    ],
  ])("%s", (_name, state, price, expected) => {
    const d = decideAlerts(
      { ...base, ...(state as Partial<AlertState>) },
      { price, in_stock: true },
      now,
      24 * HOUR
    )
    expect(kinds(d)).toEqual(expected)
  })

  it("keeps a drop pending during the cooldown, then alerts", () => {
    const state = {
      ...base,
      observed_price: 90000,
      last_price_alert_at: new Date(now.getTime() - HOUR),
    }
    const during = decideAlerts(
      state,
      { price: 80000, in_stock: true },
      now,
      24 * HOUR
    )
    expect(kinds(during)).toEqual([])
    expect(during.update.observed_price).toBeUndefined()
    const later = new Date(now.getTime() + 24 * HOUR)
    expect(
      kinds(
        decideAlerts(state, { price: 80000, in_stock: true }, later, 24 * HOUR)
      )
    ).toEqual(["price_drop"])
  })

  it("records the price seen so the same drop never alerts twice", () => {
    const first = decideAlerts(base, { price: 90000, in_stock: true }, now, 0)
    expect(first.update.observed_price).toBe(90000)
    const again = decideAlerts(
      { ...base, ...first.update } as AlertState,
      { price: 90000, in_stock: true },
      now,
      0
    )
    expect(kinds(again)).toEqual([])
  })

  it.each([
    ["a restock", false, true, ["back_in_stock"]],
    ["still out of stock", false, false, []],
    ["still in stock", true, true, []],
    ["unknown before", null, true, []],
  ])("stock: %s", (_name, before, inStock, expected) => {
    const d = decideAlerts(
      { ...base, observed_in_stock: before as boolean | null },
      { price: null, in_stock: inStock as boolean },
      now,
      0
    )
    expect(kinds(d)).toEqual(expected)
  })

  it("compares money exactly (no floats)", () => {
    const d = decideAlerts(
      { ...base, price_when_added: "0.3", observed_price: "0.3" },
      { price: "0.29999999999999999", in_stock: true },
      now,
      0
    )
    expect(kinds(d)).toEqual(["price_drop"])
  })

  it("decides the same from the numeric strings PostgreSQL returns", () => {
    // The alert check reads item state as plain rows: numeric columns are strings.
    const asRow: AlertState = {
      ...base,
      price_when_added: "100000",
      observed_price: "100000",
      target_price: "95000",
    }
    const numbers = (d: ReturnType<typeof decideAlerts>) => ({
      ...d,
      alerts: d.alerts.map((a) => ({
        ...a,
        previous_price: Number(a.previous_price),
      })),
    })
    for (const price of [100000, 96000, 95000, 90000]) {
      const seen = { price, in_stock: true }
      expect(numbers(decideAlerts(asRow, seen, now, 0))).toEqual(
        numbers(decideAlerts({ ...base, target_price: 95000 }, seen, now, 0))
      )
    }
  })
})
