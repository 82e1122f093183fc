import { useDashboardStore } from "../helpers/dashboard"

jest.setTimeout(180 * 1000)

// The store's own dashboard check: the admin logs in at /app and Bozor's
// plugins show their pages in the sidebar. Each plugin's screens are tested
// in its own folder (plugins/<name>/integration-tests/dashboard).
describe("dashboard", () => {
  const store = useDashboardStore()

  it("logs the admin in to /app", async () => {
    await store.gotoApp("/orders")
    expect(new URL(store.page.url()).pathname).toBe("/app/orders")
    await store.page
      .getByRole("heading", { name: "Orders" })
      .first()
      .waitFor({ state: "visible" })
    await store.screenshot("dashboard-orders")
  })
})
