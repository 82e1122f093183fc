import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"

jest.setTimeout(180 * 1000)

// The merchant sees what customers wish for: two customers save products
// through the Store API (one of them asks for a price-drop alert, and the
// price drops), and /app/wishlists lists the products by how many wishlists
// hold them and the alert decided, as the Admin API does.
describe("wishlist dashboard", () => {
  const store = useDashboardStore()
  let variants: Record<string, { id: string; product_id: string }>

  const registerCustomer = async (email: string, first_name: string) => {
    const password = "dashboard-customer-1"
    const reg = await store.storefront.post(
      "/auth/customer/emailpass/register",
      { email, password }
    )
    await store.storefront.post(
      "/store/customers",
      { email, first_name },
      { headers: { authorization: `Bearer ${reg.data.token}` } }
    )
    const login = await store.storefront.post("/auth/customer/emailpass", {
      email,
      password,
    })
    return { authorization: `Bearer ${login.data.token}` }
  }

  const wish = (
    headers: Record<string, string>,
    sku: string,
    extra: Record<string, unknown> = {}
  ) =>
    store.storefront.post(
      "/store/customers/me/wishlist/items",
      {
        variant_id: variants[sku].id,
        region_id: store.seed.regionUzId,
        ...extra,
      },
      { headers }
    )

  beforeAll(async () => {
    const { data } = await store.admin.get(
      "/admin/product-variants?limit=100&fields=id,sku,product_id"
    )
    variants = Object.fromEntries(
      data.variants.map((v: any) => [
        v.sku,
        { id: v.id, product_id: v.product_id },
      ])
    )
    const alisa = await registerCustomer("alisa@wishlist.bozor.uz", "Alisa")
    const bobur = await registerCustomer("bobur@wishlist.bozor.uz", "Bobur")
    expect(
      (await wish(alisa, "GILAM-STANDART", { price_drop_alert: true })).status
    ).toBe(200)
    expect((await wish(alisa, "DOIRA-STANDART")).status).toBe(200)
    expect((await wish(bobur, "GILAM-STANDART")).status).toBe(200)

    // The carpet gets cheaper: Alisa's price-drop alert is decided.
    const carpet = variants["GILAM-STANDART"]
    await store.admin.post(
      `/admin/products/${carpet.product_id}/variants/${carpet.id}`,
      {
        prices: [
          { currency_code: "uzs", amount: 2500000 },
          { currency_code: "usd", amount: 235 },
        ],
      }
    )
    for (let i = 0; i < 60; i++) {
      const { data } = await store.admin.get("/admin/wishlists/alerts")
      if (data.count > 0) break
      await new Promise((r) => setTimeout(r, 250))
    }
  })

  it("shows the most wished products with their counts and the alerts sent", async () => {
    const { data: stats } = await store.admin.get("/admin/wishlists/stats")
    expect(stats.products.map((p: any) => [p.title, p.count])).toEqual([
      ["Xorazm gilami", 2],
      ["Doira", 1],
    ])
    const { data: alerts } = await store.admin.get("/admin/wishlists/alerts")
    expect(alerts.count).toBe(1)
    expect(alerts.alerts[0]).toMatchObject({
      kind: "price_drop",
      customer_email: "alisa@wishlist.bozor.uz",
      price: 2500000,
      previous_price: 2900000,
      currency_code: "uzs",
    })

    await store.gotoApp("/wishlists")
    const page = store.page
    const rows = page.locator('[data-testid="wishlist-product-row"]')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(2)
    expect(
      await rows
        .locator('[data-testid="wishlist-product-title"]')
        .allTextContents()
    ).toEqual(["Xorazm gilami", "Doira"])
    expect(
      await rows
        .locator('[data-testid="wishlist-product-count"]')
        .allTextContents()
    ).toEqual(["2", "1"])
    expect(await rows.first().getAttribute("data-product-id")).toBe(
      variants["GILAM-STANDART"].product_id
    )

    const alertRow = page.locator('[data-testid="wishlist-alert-row"]')
    await alertRow.first().waitFor()
    expect(await alertRow.count()).toBe(1)
    expect(await alertRow.first().getAttribute("data-alert-id")).toBe(
      alerts.alerts[0].id
    )
    const text = (await alertRow.first().innerText()).replace(/\s+/g, " ")
    expect(text).toContain("Price drop")
    expect(text).toContain("Xorazm gilami")
    expect(text).toContain("alisa@wishlist.bozor.uz")
    expect(text).toMatch(/UZS\s?2,900,000 → UZS\s?2,500,000/)

    // The sidebar entry leads here.
    await page.locator('a[href="/app/wishlists"]').first().waitFor()
    await store.screenshot("wishlist-page")

    // Filtering by restocks: none yet, the empty state says so.
    await page.locator('[data-testid="wishlist-alerts-kind"]').click()
    await page.getByRole("option", { name: "Back in stock" }).click()
    await page.locator('[data-testid="wishlist-alerts-empty"]').waitFor()
    expect(await alertRow.count()).toBe(0)
    const { data: restocks } = await store.admin.get(
      "/admin/wishlists/alerts?kind=back_in_stock"
    )
    expect(restocks.count).toBe(0)
  })
})
