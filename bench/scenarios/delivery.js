// Delivery (#18): location updates from 200 simulated drivers, and the
// customer's tracking endpoint, beside core GET /store/regions in the same run.
const autocannon = require("autocannon")

const DRIVERS = 200
const DEPOT = { lat: 41.3111, lng: 69.2797 }
const COURIER = "bozor-courier_bozor-courier"

module.exports = {
  name: "delivery",
  // One accepted location per driver per second (the default, stated here).
  env: { DELIVERY_LOCATION_MIN_INTERVAL_MS: "1000" },
  async run(ctx) {
    const call = async (method, path, body, headers = {}) => {
      const res = await fetch(`${ctx.baseUrl}${path}`, {
        method,
        headers: {
          "content-type": "application/json",
          "x-publishable-api-key": ctx.publishableKey,
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      const data = await res.json().catch(() => ({}))
      if (!res.ok) {
        throw new Error(
          `${method} ${path}: ${res.status} ${JSON.stringify(data)}`
        )
      }
      return data
    }
    const bearer = (token) => ({ authorization: `Bearer ${token}` })
    const { token: adminToken } = await call("POST", "/auth/user/emailpass", {
      email: "admin@bozor.uz",
      password: ctx.env.BOZOR_ADMIN_PASSWORD || "bench-admin-pass",
    })
    const admin = bearer(adminToken)

    // 200 approved drivers on shift around the depot.
    const stamp = Date.now()
    const drivers = []
    const onboard = async (i) => {
      const email = `bench-driver-${stamp}-${i}@example.uz`
      const password = "bench-driver-pass"
      const reg = await call("POST", "/auth/driver/emailpass/register", {
        email,
        password,
      })
      const { driver } = await call(
        "POST",
        "/driver/drivers",
        { email, first_name: `Haydovchi${i}` },
        bearer(reg.token)
      )
      const { token } = await call("POST", "/auth/driver/emailpass", {
        email,
        password,
      })
      const headers = bearer(token)
      await call(
        "POST",
        "/driver/me",
        { vehicle_type: "scooter", license_number: `AB${1000000 + i}` },
        headers
      )
      await call(
        "POST",
        "/driver/me/documents",
        {
          documents: [
            {
              kind: "driver_license",
              filename: "licence.png",
              mime_type: "image/png",
              content: Buffer.from(`licence ${i}`).toString("base64"),
            },
          ],
        },
        headers
      )
      await call("POST", "/driver/me/submit", {}, headers)
      await call(
        "POST",
        `/admin/drivers/${driver.id}/review`,
        { decision: "approve" },
        admin
      )
      await call(
        "POST",
        "/driver/me/availability",
        { available: true },
        headers
      )
      drivers.push({ id: driver.id, token })
    }
    const started = Date.now()
    for (let i = 0; i < DRIVERS; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, DRIVERS - i) }, (_, k) =>
          onboard(i + k)
        )
      )
    }
    ctx.note(
      `${DRIVERS} drivers onboarded through the API (register, profile, document, submit, approve, shift) in ${((Date.now() - started) / 1000).toFixed(1)} s`
    )

    // Location updates: each request from the next of the 200 drivers with a
    // point near the depot. A driver faster than 1/s gets 429 (counted apart).
    let n = 0
    const point = () => ({
      lat: DEPOT.lat + (Math.random() - 0.5) * 0.1,
      lng: DEPOT.lng + (Math.random() - 0.5) * 0.1,
    })
    const result = await autocannon({
      url: `${ctx.baseUrl}/driver/me/location`,
      connections: 20,
      duration: 10,
      requests: [
        {
          method: "POST",
          setupRequest: (req) => {
            const d = drivers[n++ % drivers.length]
            return {
              ...req,
              headers: {
                "content-type": "application/json",
                authorization: `Bearer ${d.token}`,
              },
              body: JSON.stringify(point()),
            }
          },
        },
      ],
    })
    const accepted = result["2xx"]
    const limited = result.non2xx
    ctx.note(
      `POST /driver/me/location, ${DRIVERS} drivers round-robin, 20 connections, 10 s: ` +
        `${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; ` +
        `${accepted} accepted (${Math.round(accepted / 10)}/s), ${limited} refused (429: faster than 1/s per driver), ${result.errors} errors`
    )

    // A customer's courier order, assigned, for the tracking endpoint.
    const locationId = (
      await call(
        "GET",
        "/admin/stock-locations?fields=id,*fulfillment_sets,*fulfillment_sets.service_zones",
        undefined,
        admin
      )
    ).stock_locations[0]
    await call(
      "POST",
      `/admin/stock-locations/${locationId.id}/fulfillment-providers`,
      { add: [COURIER] },
      admin
    )
    const zone = locationId.fulfillment_sets
      .flatMap((s) => s.service_zones)
      .find((z) => z.name === "Toshkent shahri")
    const { shipping_profiles } = await call(
      "GET",
      "/admin/shipping-profiles",
      undefined,
      admin
    )
    const { shipping_option } = await call(
      "POST",
      "/admin/shipping-options",
      {
        name: `Bozor kuryer (bench ${stamp})`,
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
      },
      admin
    )
    const email = `bench-delivery-${stamp}@example.uz`
    const reg = await call("POST", "/auth/customer/emailpass/register", {
      email,
      password: "bench-password",
    })
    await call("POST", "/store/customers", { email }, bearer(reg.token))
    const { token } = await call("POST", "/auth/customer/emailpass", {
      email,
      password: "bench-password",
    })
    const customer = bearer(token)
    const { products } = await ctx.store.call(
      "GET",
      "/store/products?limit=1&handle=qozon"
    )
    const address = {
      first_name: "Bench",
      address_1: "Navoiy ko'chasi, 10",
      city: "Toshkent",
      province: "uz-tk",
      country_code: "uz",
      postal_code: "100011",
    }
    const { cart } = await call(
      "POST",
      "/store/carts",
      {
        region_id: ctx.regionUzId,
        email,
        items: [{ variant_id: products[0].variants[0].id, quantity: 1 }],
        shipping_address: address,
        billing_address: address,
      },
      customer
    )
    await call(
      "POST",
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: shipping_option.id, data: { lat: 41.2856, lng: 69.2034 } },
      customer
    )
    const { payment_collection } = await call(
      "POST",
      "/store/payment-collections",
      { cart_id: cart.id },
      customer
    )
    await call(
      "POST",
      `/store/payment-collections/${payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      customer
    )
    const { order } = await call(
      "POST",
      `/store/carts/${cart.id}/complete`,
      {},
      customer
    )
    const { order: full } = await call(
      "GET",
      `/admin/orders/${order.id}?fields=id,*items`,
      undefined,
      admin
    )
    await call(
      "POST",
      `/admin/orders/${order.id}/fulfillments`,
      {
        items: full.items.map((i) => ({ id: i.id, quantity: i.quantity })),
        location_id: locationId.id,
      },
      admin
    )
    let delivery
    for (let i = 0; i < 100 && !delivery; i++) {
      const { deliveries } = await call(
        "GET",
        `/admin/deliveries?order_id=${order.id}`,
        undefined,
        admin
      )
      delivery = deliveries[0]
      if (!delivery) await new Promise((r) => setTimeout(r, 200))
    }
    if (!delivery) throw new Error(`no delivery for order ${order.id}`)
    if (!delivery.driver_id) {
      await call(
        "POST",
        `/admin/deliveries/${delivery.id}/assign`,
        { driver_id: drivers[0].id },
        admin
      )
    }

    await ctx.measure({
      name: "GET /store/regions (core baseline)",
      path: "/store/regions",
      headers: { "x-publishable-api-key": ctx.publishableKey },
    })
    await ctx.measure({
      name: "GET /store/orders/:id/delivery (customer tracking)",
      path: `/store/orders/${order.id}/delivery`,
      headers: { ...customer, "x-publishable-api-key": ctx.publishableKey },
    })
  },
}
