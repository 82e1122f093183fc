import { useDashboardStore } from "../../../../integration-tests/helpers/dashboard"

jest.setTimeout(180 * 1000)

const COURIER = "bozor-courier_bozor-courier"
const PNG = Buffer.from("licence scan").toString("base64")

// The delivery manager's screens: two drivers wait for review in
// /app/drivers; the merchant rejects one with a reason and approves the
// other in the UI. A courier order then waits on the dispatch board
// (/app/deliveries) and the merchant assigns it to the approved driver on
// its detail page. Each result is checked through the Admin API.
describe("delivery dashboard", () => {
  const store = useDashboardStore()
  const drivers: Record<
    string,
    { id: string; headers: Record<string, string> }
  > = {}
  let deliveryId: string

  const registerDriver = async (first_name: string) => {
    const email = `${first_name.toLowerCase()}@drivers.bozor.uz`
    const password = "driver-password-1"
    const api = store.storefront
    const reg = await api.post("/auth/driver/emailpass/register", {
      email,
      password,
    })
    const created = await api.post(
      "/driver/drivers",
      { email, first_name, last_name: "Toshmatov" },
      { headers: { authorization: `Bearer ${reg.data.token}` } }
    )
    const login = await api.post("/auth/driver/emailpass", { email, password })
    const headers = { authorization: `Bearer ${login.data.token}` }
    await api.post(
      "/driver/me",
      {
        vehicle_type: "car",
        vehicle_model: "Chevrolet Nexia",
        vehicle_plate: "01C555DD",
        license_number: "AA1112223",
      },
      { headers }
    )
    await api.post(
      "/driver/me/documents",
      {
        documents: [
          {
            kind: "driver_license",
            filename: `${first_name}-licence.png`,
            mime_type: "image/png",
            content: PNG,
          },
        ],
      },
      { headers }
    )
    await api.post("/driver/me/submit", {}, { headers })
    drivers[first_name] = { id: created.data.driver.id, headers }
  }

  /** A courier shipping option in Tashkent and one order that uses it, fulfilled. */
  const courierOrder = async () => {
    const admin = store.admin
    const locationId = store.seed.stockLocationId
    await admin.post(
      `/admin/stock-locations/${locationId}/fulfillment-providers`,
      {
        add: [COURIER],
      }
    )
    const {
      data: { stock_location },
    } = await admin.get(
      `/admin/stock-locations/${locationId}?fields=*fulfillment_sets,*fulfillment_sets.service_zones`
    )
    const zone = stock_location.fulfillment_sets
      .flatMap((s: any) => s.service_zones)
      .find((z: any) => z.name === "Toshkent shahri")
    const {
      data: { shipping_profiles },
    } = await admin.get("/admin/shipping-profiles")
    const {
      data: { shipping_option },
    } = await admin.post("/admin/shipping-options", {
      name: "Bozor kuryer",
      service_zone_id: zone.id,
      shipping_profile_id: shipping_profiles[0].id,
      provider_id: COURIER,
      price_type: "calculated",
      type: { label: "Kuryer", description: "Bugun", code: "bozor-courier" },
      data: { id: "bozor-courier-distance", pricing: "distance" },
      prices: [],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: "false", operator: "eq" },
      ],
    })
    const {
      data: { variants },
    } = await admin.get("/admin/product-variants?limit=1&fields=id")
    const api = store.storefront
    const email = "xaridor@delivery.bozor.uz"
    const reg = await api.post("/auth/customer/emailpass/register", {
      email,
      password: "customer-password-1",
    })
    await api.post(
      "/store/customers",
      { email, first_name: "Malika" },
      { headers: { authorization: `Bearer ${reg.data.token}` } }
    )
    const login = await api.post("/auth/customer/emailpass", {
      email,
      password: "customer-password-1",
    })
    const headers = { authorization: `Bearer ${login.data.token}` }
    const address = {
      first_name: "Malika",
      last_name: "Yusupova",
      address_1: "Bunyodkor ko'chasi, 5",
      city: "Toshkent",
      province: "uz-tk",
      country_code: "uz",
      postal_code: "100115",
      phone: "+998901234567",
    }
    const {
      data: { cart },
    } = await api.post(
      "/store/carts",
      {
        region_id: store.seed.regionUzId,
        email,
        items: [{ variant_id: variants[0].id, quantity: 1 }],
        shipping_address: address,
        billing_address: address,
      },
      { headers }
    )
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: shipping_option.id, data: { lat: 41.2856, lng: 69.2034 } },
      { headers }
    )
    const {
      data: { payment_collection },
    } = await api.post(
      "/store/payment-collections",
      { cart_id: cart.id },
      { headers }
    )
    await api.post(
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      { headers }
    )
    const done = await api.post(
      `/store/carts/${cart.id}/complete`,
      {},
      { headers }
    )
    const orderId = done.data.order.id
    const {
      data: { order },
    } = await admin.get(`/admin/orders/${orderId}?fields=id,*items`)
    await admin.post(`/admin/orders/${orderId}/fulfillments`, {
      items: order.items.map((i: any) => ({ id: i.id, quantity: i.quantity })),
      location_id: locationId,
    })
    for (let i = 0; i < 100; i++) {
      const { data } = await admin.get(`/admin/deliveries?order_id=${orderId}`)
      if (data.count) return data.deliveries[0].id as string
      await new Promise((r) => setTimeout(r, 200))
    }
    throw new Error(`No delivery for order ${orderId}`)
  }

  beforeAll(async () => {
    await registerDriver("Sardor")
    await registerDriver("Temur")
  })

  it("reviews drivers in the queue, then assigns a delivery from the dispatch board", async () => {
    const page = store.page
    await store.gotoApp("/drivers")
    const rows = page.locator('[data-testid="driver-row"]')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(2)
    await page.locator('a[href="/app/drivers"]').first().waitFor()
    await store.screenshot("delivery-drivers-queue")

    // Reject Sardor with a reason.
    await page
      .locator(
        `[data-driver-id="${drivers.Sardor.id}"] [data-testid="driver-link"]`
      )
      .click()
    await page.locator('[data-testid="driver-documents"]').waitFor()
    expect(
      await page.locator('[data-testid="driver-documents"]').innerText()
    ).toContain("Sardor-licence.png")
    await page
      .locator('[data-testid="driver-reject-reason"]')
      .fill("Licence photo is blurred")
    await page.locator('[data-testid="driver-reject"]').click()
    await page
      .locator('[data-testid="driver-review"]')
      .waitFor({ state: "detached" })
    const { data: rejected } = await store.admin.get(
      `/admin/drivers/${drivers.Sardor.id}`
    )
    expect(rejected.driver).toMatchObject({
      status: "rejected",
      review_reason: "Licence photo is blurred",
    })

    // Approve Temur from the queue.
    await store.gotoApp("/drivers")
    await page.locator(`[data-driver-id="${drivers.Temur.id}"]`).waitFor()
    expect(await rows.count()).toBe(1)
    await page
      .locator(
        `[data-driver-id="${drivers.Temur.id}"] [data-testid="driver-link"]`
      )
      .click()
    await page.locator('[data-testid="driver-approve"]').click()
    await page
      .locator('[data-testid="driver-review"]')
      .waitFor({ state: "detached" })
    const { data: approved } = await store.admin.get(
      `/admin/drivers/${drivers.Temur.id}`
    )
    expect(approved.driver.status).toBe("approved")
    await store.screenshot("delivery-driver-page")

    // A courier order waits unassigned (nobody is on shift).
    deliveryId = await courierOrder()
    await store.gotoApp("/deliveries")
    const card = page.locator(
      `[data-testid="board-unassigned"] [data-delivery-id="${deliveryId}"]`
    )
    await card.waitFor()
    await store.screenshot("delivery-dispatch-board")

    await card.locator("a").click()
    await page.locator('[data-testid="delivery-assign-driver"]').click()
    await page.getByRole("option", { name: "Temur Toshmatov" }).click()
    await page.locator('[data-testid="delivery-assign"]').click()
    await page
      .locator('[data-testid="delivery-driver"]', {
        hasText: "Temur Toshmatov",
      })
      .waitFor()
    const { data } = await store.admin.get(`/admin/deliveries/${deliveryId}`)
    expect(data.delivery).toMatchObject({
      status: "assigned",
      driver_id: drivers.Temur.id,
    })
    expect(data.delivery.events.map((e: any) => e.to_status)).toEqual([
      "pending",
      "assigned",
    ])
    const history = page.locator('[data-testid="delivery-event"]')
    await history.nth(1).waitFor()
    expect(await history.count()).toBe(2)
    await store.screenshot("delivery-detail")
  })
})
