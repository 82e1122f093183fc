import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { prepareCart } from "../../../../integration-tests/helpers/checkout"

jest.setTimeout(180 * 1000)

// Issue #14: the fiscal receipt Payme prints (CheckPerformTransaction
// `detail`) dropped the merchant's variant names "Standart" along with
// Medusa's placeholder "Default variant".
const ENV = {
  PAYME_MERCHANT_ID: "5e730e8e0b852a417aa49ceb",
  PAYME_SECRET_KEY: "fiscal-key-Zp8&qU2#",
  PAYME_TEST_MODE: "true",
}
const previousEnv: Record<string, string | undefined> = {}
for (const [key, value] of Object.entries(ENV)) {
  previousEnv[key] = process.env[key]
  process.env[key] = value
}
afterAll(() => {
  for (const [key, value] of Object.entries(previousEnv)) {
    if (value === undefined) {
      delete process.env[key]
    } else {
      process.env[key] = value
    }
  }
})

const PROVIDER = "pp_payme_payme"
const AUTH = `Basic ${Buffer.from(`Paycom:${ENV.PAYME_SECRET_KEY}`).toString("base64")}`

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let rpcSeq = 0

    beforeAll(async () => {
      const container = getContainer()
      seed = await seedDemoStore(container, { uzPaymentProviders: [PROVIDER] })
      // A product made the way the admin makes one without variants: Medusa
      // names its only variant "Default variant".
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: profiles } = await query.graph({
        entity: "shipping_profile",
        fields: ["id"],
      })
      await createProductsWorkflow(container).run({
        input: {
          products: [
            {
              title: "Sovg'a to'plami",
              status: "published",
              shipping_profile_id: profiles[0].id,
              sales_channels: [{ id: seed.salesChannelId }],
              metadata: { mxik: "02008001001000000", package_code: "1500956" },
              options: [
                { title: "Default option", values: ["Default option value"] },
              ],
              variants: [
                {
                  title: "Default variant",
                  sku: "SOVGA-DEFAULT",
                  manage_inventory: false,
                  options: { "Default option": "Default option value" },
                  prices: [{ currency_code: "uzs", amount: 120000 }],
                },
              ],
            },
          ],
        },
      })
    })

    async function variantId(sku: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const {
        data: [variant],
      } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { sku },
      })
      return variant.id as string
    }

    /** CheckPerformTransaction for a one-line cart of `sku`, as Payme calls it. */
    async function detailOf(sku: string) {
      const prepared = await prepareCart(api, {
        publishableKey: seed.publishableKey,
        regionId: seed.regionUzId,
        variantId: await variantId(sku),
        providerId: PROVIDER,
        shippingOption: "Toshkent bo'ylab kuryer",
      })
      const session = prepared.paymentCollection.payment_sessions[0]
      const {
        data: { cart },
      } = await api.get(`/store/carts/${prepared.cartId}`, {
        headers: prepared.headers,
      })
      const id = ++rpcSeq
      const res = await api.post(
        "/hooks/payme",
        {
          jsonrpc: "2.0",
          id,
          method: "CheckPerformTransaction",
          params: {
            amount: Math.round(Number(cart.total) * 100),
            account: { order_id: session.id },
          },
        },
        { headers: { authorization: AUTH }, validateStatus: () => true }
      )
      expect(res.status).toBe(200)
      expect(res.data.id).toBe(id)
      expect(res.data.error).toBeUndefined()
      expect(res.data.result.allow).toBe(true)
      return res.data.result.detail
    }

    const pg = () =>
      getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)

    it("names the seed's single variant: product (Standart)", async () => {
      const detail = await detailOf("QOZON-STANDART")
      expect(detail.items).toEqual([
        {
          title: "Cho'yan qozon, 12 l (Standart)",
          price: 650000 * 100,
          count: 1,
          code: "06911001001000000",
          package_code: "1501409",
          vat_percent: 12,
          discount: 0,
        },
      ])
      // A check only: no Payme transaction is recorded.
      expect(await pg()("payme_transaction").count("* as n")).toEqual([
        { n: "0" },
      ])
    })

    it("names a size: product (M)", async () => {
      const detail = await detailOf("ATLAS-KOYLAK-M")
      expect(detail.items).toHaveLength(1)
      expect(detail.items[0].title).toBe("Atlas ko'ylak (M)")
    })

    it("leaves Medusa's placeholder 'Default variant' out", async () => {
      const detail = await detailOf("SOVGA-DEFAULT")
      expect(detail.items).toEqual([
        expect.objectContaining({
          title: "Sovg'a to'plami",
          price: 120000 * 100,
          count: 1,
          code: "02008001001000000",
          package_code: "1500956",
        }),
      ])
    })
  },
})
