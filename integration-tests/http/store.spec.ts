import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  DEMO,
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import { DEMO_PRODUCTS } from "../../src/scripts/seed/catalog"
import { prepareCart } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customers"

jest.setTimeout(180 * 1000)

// Tables the seed writes; a second run must leave every count unchanged.
const SEEDED_TABLES = [
  "product",
  "product_variant",
  "product_category",
  "price",
  "region",
  "region_country",
  "sales_channel",
  "api_key",
  "stock_location",
  "fulfillment_set",
  "service_zone",
  "geo_zone",
  "shipping_option",
  "shipping_profile",
  "tax_region",
  "tax_rate",
  "inventory_item",
  "inventory_level",
  "customer",
  "customer_address",
  "user",
  "auth_identity",
  "provider_identity",
]

async function countRows(container: MedusaContainer) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const counts: Record<string, number> = {}
  for (const table of SEEDED_TABLES) {
    const [{ count }] = await pg(table).count("* as count")
    counts[table] = Number(count)
  }
  return counts
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: "test-admin-pass",
      })
    })

    describe("demo store seed", () => {
      it("creates the catalog, regions and key the README describes", async () => {
        expect(seed.productsCreated).toBe(DEMO_PRODUCTS.length)
        expect(seed.publishableKey).toMatch(/^pk_/)
        const counts = await countRows(getContainer())
        expect(counts.product).toBe(DEMO_PRODUCTS.length)
        // Clothing comes in S/M/L, everything else in one variant.
        const variants = DEMO_PRODUCTS.reduce(
          (n, p) => n + (p.sizes?.length ?? 1),
          0
        )
        expect(counts.product_variant).toBe(variants)
        expect(counts.inventory_level).toBe(variants)
        expect(counts.shipping_option).toBe(3)
      })

      it("creates nothing twice when run again", async () => {
        const before = await countRows(getContainer())
        const again = await seedDemoStore(getContainer(), {})
        expect(again.productsCreated).toBe(0)
        expect(again.publishableKey).toBe(seed.publishableKey)
        expect(again.generatedAdminPassword).toBeUndefined()
        expect(await countRows(getContainer())).toEqual(before)
      })
    })

    describe("GET /store/products", () => {
      it("lists published products of the key's sales channel with UZS prices", async () => {
        const res = await api.get(
          `/store/products?limit=50&region_id=${seed.regionUzId}&fields=*variants.calculated_price,+metadata`,
          { headers: { "x-publishable-api-key": seed.publishableKey } }
        )
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(DEMO_PRODUCTS.length)
        const qurut = res.data.products.find((p: any) => p.handle === "qurut")
        expect(qurut.title).toBe("Qurut")
        expect(qurut.metadata.title_ru).toBe("Курут")
        expect(qurut.variants[0].calculated_price.calculated_amount).toBe(35000)
        expect(qurut.variants[0].calculated_price.currency_code).toBe("uzs")
      })

      it("refuses a request without a publishable key", async () => {
        const res = await api
          .get("/store/products")
          .catch((e: any) => e.response)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/publishable/i)
      })
    })

    describe("guest checkout", () => {
      it("completes a cart into an order through pp_system_default", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const {
          data: [variant],
        } = await query.graph({
          entity: "product_variant",
          fields: ["id", "sku"],
          filters: { sku: "QOZON-STANDART" },
        })

        const { cartId, shippingOptions, headers } = await prepareCart(api, {
          publishableKey: seed.publishableKey,
          regionId: seed.regionUzId,
          variantId: variant.id,
          quantity: 2,
          shippingOption: "Toshkent bo'ylab kuryer",
        })
        // A Tashkent address sees the city courier and the national post only.
        expect(shippingOptions.map((s) => s.name).sort()).toEqual([
          "O'zbekiston pochtasi",
          "Toshkent bo'ylab kuryer",
        ])

        const res = await api.post(
          `/store/carts/${cartId}/complete`,
          {},
          { headers }
        )
        expect(res.status).toBe(200)
        expect(res.data.type).toBe("order")
        const order = res.data.order
        // 2 × 650 000 so'm + 25 000 so'm courier, VAT included in UZS prices.
        expect(order.total).toBe(2 * 650000 + 25000)
        expect(order.currency_code).toBe("uzs")
        expect(order.email).toBe("guest@example.uz")

        const {
          data: [stored],
        } = await query.graph({
          entity: "order",
          fields: [
            "id",
            "status",
            "items.quantity",
            "payment_collections.status",
          ],
          filters: { id: order.id },
        })
        expect(stored.status).toBe("pending")
        expect(stored.items?.[0]?.quantity).toBe(2)
        expect(stored.payment_collections?.[0]?.status).toBe("authorized")

        const {
          data: [cart],
        } = await query.graph({
          entity: "cart",
          fields: ["completed_at"],
          filters: { id: cartId },
        })
        expect(cart.completed_at).toBeTruthy()
      })
    })

    describe("a customer's carts", () => {
      // Medusa reads the customer through the caching module: the in-memory
      // provider handed its second reader an object the first had changed.
      it("takes over one guest cart after another", async () => {
        const { customer, headers } = await registerCustomer(
          api,
          seed.publishableKey,
          "carts@bozor.uz"
        )
        const store = {
          headers: { "x-publishable-api-key": seed.publishableKey },
        }
        for (let i = 0; i < 3; i++) {
          const { data } = await api.post(
            "/store/carts",
            { region_id: seed.regionUzId },
            store
          )
          const transfer = await api.post(
            `/store/carts/${data.cart.id}/customer`,
            {},
            { headers }
          )
          expect(transfer.status).toBe(200)
          expect(transfer.data.cart.customer_id).toBe(customer.id)
        }
      })
    })

    describe("demo accounts", () => {
      it("lets the demo customer and the admin log in", async () => {
        const customer = await api.post("/auth/customer/emailpass", {
          email: DEMO.customerEmail,
          password: DEMO.customerPassword,
        })
        expect(customer.data.token).toBeTruthy()
        const admin = await api.post("/auth/user/emailpass", {
          email: seed.adminEmail,
          password: "test-admin-pass",
        })
        expect(admin.data.token).toBeTruthy()
        const wrong = await api
          .post("/auth/user/emailpass", {
            email: seed.adminEmail,
            password: "nope",
          })
          .catch((e: any) => e.response)
        expect(wrong.status).toBe(401)
      })
    })
  },
})
