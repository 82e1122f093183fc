import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import {
  DEMO,
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import {
  adminHeaders,
  registerCustomer,
} from "../../../../integration-tests/helpers/customers"
import { TASHKENT_ADDRESS } from "../../../../integration-tests/helpers/checkout"

// Shared setup of the delivery plugin's HTTP specs.

export const ADMIN_PASSWORD = "delivery-admin-pass"
export const COURIER_PROVIDER = "bozor-courier_bozor-courier"
export const COURIER_OPTION = "Bozor kuryer (masofa bo'yicha)"
/** The default depot (options): central Tashkent. */
export const DEPOT = { lat: 41.3111, lng: 69.2797 }
/** A customer in Chilonzor, ~7 km from the depot. */
export const CHILONZOR = { lat: 41.2856, lng: 69.2034 }

type Point = { lat: number; lng: number }

/**
 * Seeds the demo store and a "Bozor courier" shipping option (distance
 * pricing) in the Tashkent zone, with the provider enabled at the stock
 * location.
 */
export async function seedDelivery(container: MedusaContainer) {
  const seed = await seedDemoStore(container, { adminPassword: ADMIN_PASSWORD })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: seed.stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: COURIER_PROVIDER },
  })
  const [set] = await fulfillment.listFulfillmentSets(
    { name: DEMO.fulfillmentSet },
    { relations: ["service_zones"] }
  )
  const zone = set.service_zones.find((z) => z.name === "Toshkent shahri")!
  const [profile] = await fulfillment.listShippingProfiles({ type: "default" })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: COURIER_OPTION,
        service_zone_id: zone.id,
        shipping_profile_id: profile.id,
        provider_id: COURIER_PROVIDER,
        price_type: "calculated",
        type: {
          label: "Kuryer",
          description: "Bozor kuryeri, bugun.",
          code: "bozor-courier",
        },
        data: { id: "bozor-courier-distance", pricing: "distance" },
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku"],
  })
  const variantId = data.find((v: any) => v.sku === "QURUT-STANDART")!.id
  return { seed, variantId }
}

/** The suite's helpers, bound to its `api`, DB connection and seed. */
export function deliveryHelpers(
  api: AxiosInstance,
  dbConnection: any,
  ctx: () => { seed: SeedResult; variantId: string }
) {
  const rows = (sql: string, bindings: unknown[] = []) =>
    dbConnection.raw(sql, bindings).then((r: any) => r.rows)

  const error = (p: Promise<unknown>) =>
    p.then((r: any) => r).catch((e: any) => e.response)

  async function waitFor<T>(
    read: () => Promise<T>,
    done: (value: T) => boolean,
    what: string
  ): Promise<T> {
    for (let i = 0; i < 150; i++) {
      const value = await read()
      if (done(value)) return value
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error(`Timed out waiting for ${what}`)
  }

  const admin = () => adminHeaders(api, ctx().seed.adminEmail, ADMIN_PASSWORD)

  let n = 0
  const customer = (name = "mijoz") =>
    registerCustomer(
      api,
      ctx().seed.publishableKey,
      `${name}-${++n}-${Date.now()}@example.uz`
    )

  /**
   * The customer orders one item with the courier option, dropped off at
   * `point`; returns the order and the shipping price charged.
   */
  async function courierOrder(
    buyer: { customer: { email: string }; headers: Record<string, string> },
    point: Point = CHILONZOR
  ) {
    const { seed, variantId } = ctx()
    const headers = buyer.headers
    const {
      data: { cart },
    } = await api.post(
      "/store/carts",
      {
        region_id: seed.regionUzId,
        email: buyer.customer.email,
        items: [{ variant_id: variantId, quantity: 2 }],
        shipping_address: TASHKENT_ADDRESS,
        billing_address: TASHKENT_ADDRESS,
      },
      { headers }
    )
    const {
      data: { shipping_options },
    } = await api.get(`/store/shipping-options?cart_id=${cart.id}`, {
      headers,
    })
    const option = shipping_options.find((o: any) => o.name === COURIER_OPTION)
    const {
      data: { cart: withShipping },
    } = await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: option.id, data: point },
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
    if (done.data.type !== "order") {
      throw new Error(`Cart ${cart.id} did not complete`)
    }
    return {
      order: done.data.order as { id: string; display_id: number },
      shipping: withShipping.shipping_methods[0] as {
        amount: number
        data: Record<string, unknown>
      },
      option,
    }
  }

  /** The merchant fulfills the whole order from the Tashkent location. */
  async function fulfill(orderId: string) {
    const headers = await admin()
    const {
      data: { order },
    } = await api.get(`/admin/orders/${orderId}?fields=id,*items`, {
      headers,
    })
    const {
      data: { order: fulfilled },
    } = await api
      .post(
        `/admin/orders/${orderId}/fulfillments?fields=id,fulfillments.id`,
        {
          items: order.items.map((i: any) => ({
            id: i.id,
            quantity: i.quantity,
          })),
          location_id: ctx().seed.stockLocationId,
        },
        { headers }
      )
      .catch((e: any) => {
        throw new Error(
          `Fulfillment refused: ${JSON.stringify(e.response?.data)}`
        )
      })
    return fulfilled.fulfillments[0].id as string
  }

  /** The delivery the plugin made of the order's fulfillment. */
  const deliveryOf = (orderId: string) =>
    waitFor(
      () => rows("SELECT * FROM delivery WHERE order_id = ?", [orderId]),
      (r: any[]) => r.length > 0,
      `the delivery of ${orderId}`
    ).then((r: any[]) => r[0])

  /** A driver through the driver API: registered, profile, one document, submitted. */
  async function submittedDriver(first_name: string) {
    const email = `${first_name.toLowerCase()}-${++n}-${Date.now()}@driver.uz`
    const password = "driver-password-1"
    const reg = await api.post("/auth/driver/emailpass/register", {
      email,
      password,
    })
    const created = await api.post(
      "/driver/drivers",
      { email, first_name, last_name: "Karimov", phone: "+998901234567" },
      { headers: { authorization: `Bearer ${reg.data.token}` } }
    )
    const login = await api.post("/auth/driver/emailpass", { email, password })
    const headers = { authorization: `Bearer ${login.data.token}` }
    await api.post(
      "/driver/me",
      {
        vehicle_type: "scooter",
        vehicle_model: "Honda Dio",
        vehicle_plate: "01A123BC",
        license_number: "AB1234567",
      },
      { headers }
    )
    await api.post(
      "/driver/me/documents",
      {
        documents: [
          {
            kind: "driver_license",
            filename: "license.png",
            mime_type: "image/png",
            content: Buffer.from("fake-png-bytes").toString("base64"),
          },
        ],
      },
      { headers }
    )
    await api.post("/driver/me/submit", {}, { headers })
    return { id: created.data.driver.id as string, email, headers, first_name }
  }

  /** An approved driver on shift at `point`. */
  async function activeDriver(first_name: string, point: Point) {
    const driver = await submittedDriver(first_name)
    await api.post(
      `/admin/drivers/${driver.id}/review`,
      { decision: "approve" },
      { headers: await admin() }
    )
    await api.post(
      "/driver/me/availability",
      { available: true },
      { headers: driver.headers }
    )
    await api.post("/driver/me/location", point, { headers: driver.headers })
    return driver
  }

  /** The driver's open offers (polled until there are `count`). */
  const offersOf = (driver: { headers: Record<string, string> }, count = 1) =>
    waitFor(
      () =>
        api
          .get("/driver/me/offers", { headers: driver.headers })
          .then((r) => r.data.offers as any[]),
      (offers) => offers.length >= count,
      "an offer"
    )

  return {
    rows,
    error,
    waitFor,
    admin,
    customer,
    courierOrder,
    fulfill,
    deliveryOf,
    submittedDriver,
    activeDriver,
    offersOf,
  }
}
