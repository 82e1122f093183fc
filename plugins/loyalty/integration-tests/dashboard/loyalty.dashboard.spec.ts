import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"
import { registerCustomer } from "../../../../integration-tests/helpers/customers"

jest.setTimeout(10 * 60 * 1000)

const store = useDashboardStore()

describe("loyalty screens", () => {
  it("adjusts a customer's points through the customer-page widget", async () => {
    const { customer } = await registerCustomer(
      store.storefront,
      store.seed.publishableKey,
      "dilnoza.loyalty@example.uz"
    )
    // An earlier entry, so the ledger has history before the adjustment.
    await store.admin.post(
      `/admin/customers/${customer.id}/loyalty/adjustments`,
      { points: 1200, reason: "Welcome bonus" }
    )

    const { page } = store
    await store.gotoApp(`/customers/${customer.id}`)
    const widget = page.getByTestId("loyalty-widget")
    await widget.scrollIntoViewIfNeeded()
    await page.getByTestId("loyalty-ledger-row").first().waitFor()
    expect(await page.getByTestId("loyalty-ledger-row").count()).toBe(1)

    await page.getByTestId("loyalty-adjust-open").click()
    await page.getByTestId("loyalty-adjust-points").fill("500")
    await page
      .getByTestId("loyalty-adjust-reason")
      .fill("Apology for a late delivery")
    await page.getByTestId("loyalty-adjust-submit").click()

    // The drawer closes and the widget reloads with the new entry.
    await page.getByTestId("loyalty-adjust-submit").waitFor({ state: "hidden" })
    await page
      .getByTestId("loyalty-ledger-row")
      .nth(1)
      .waitFor({ state: "visible" })
    const firstRow = page.getByTestId("loyalty-ledger-row").first()
    expect(await firstRow.textContent()).toContain(
      "Apology for a late delivery"
    )
    expect(
      await firstRow.getByTestId("loyalty-ledger-points").textContent()
    ).toBe("+500")
    expect(await page.getByTestId("loyalty-balance").textContent()).toBe(
      "1,700"
    )

    const { data } = await store.admin.get(
      `/admin/customers/${customer.id}/loyalty`
    )
    expect(data.loyalty.balance).toBe(1700)
    expect(data.count).toBe(2)
    expect(data.transactions[0]).toMatchObject({
      type: "adjust",
      points: 500,
      balance_after: 1700,
      reason: "Apology for a late delivery",
    })

    await widget.scrollIntoViewIfNeeded()
    await store.screenshot("loyalty-customer-widget")
  })

  it("changes the redemption cap on the settings page, showing the API's validation error first", async () => {
    const { page } = store
    await store.gotoApp("/settings/loyalty")
    const cap = page.getByTestId("loyalty-settings-max-redeem")
    await cap.waitFor()
    expect(await cap.inputValue()).toBe("50")

    // 700 % is refused by the API, and the form says why.
    await cap.fill("700")
    await page.getByTestId("loyalty-settings-save").click()
    const error = page.getByTestId("loyalty-settings-error")
    await error.waitFor()
    expect(await error.textContent()).toMatch(/max_redeem_share/)
    const unchanged = await store.admin.get("/admin/loyalty/settings")
    expect(unchanged.data.settings.max_redeem_share).toBe(0.5)

    await cap.fill("30")
    await page.getByTestId("loyalty-settings-save").click()
    await error.waitFor({ state: "detached" })
    let share = 0
    for (let i = 0; i < 50 && share !== 0.3; i++) {
      const { data } = await store.admin.get("/admin/loyalty/settings")
      share = data.settings.max_redeem_share
      if (share !== 0.3) await page.waitForTimeout(200)
    }
    expect(share).toBe(0.3)
    const { data } = await store.admin.get("/admin/loyalty/settings")
    expect(data.settings.tiers.map((t: { name: string }) => t.name)).toEqual([
      "bronze",
      "silver",
      "gold",
    ])
    expect(await cap.inputValue()).toBe("30")

    await store.screenshot("loyalty-settings")
  })
})
