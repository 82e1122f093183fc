import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import {
  createProductsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { adminHeaders } from "../../../../integration-tests/helpers/customers"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"
import {
  ADMIN_PASSWORD,
  seedWishlist,
  wishlistHelpers,
} from "../helpers/wishlist"

jest.setTimeout(180 * 1000)

// Alerts go out as e-mail through a real SMTP server.
useSmtpSink()

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    let variantBySku: Record<string, { id: string; product_id: string }>

    const { rows, error, customer } = wishlistHelpers(
      api,
      dbConnection,
      () => seed
    )

    beforeAll(async () => {
      ;({ seed, variantBySku } = await seedWishlist(getContainer()))
    })

    describe("saving items", () => {
      it("adds a variant once, with its product, current price and stock", async () => {
        const { headers } = await customer("ali@example.uz")
        const variant = variantBySku["QOZON-STANDART"]
        const body = { variant_id: variant.id, region_id: seed.regionUzId }
        const first = await api.post(
          "/store/customers/me/wishlist/items",
          body,
          { headers }
        )
        expect(first.status).toBe(200)
        const again = await api.post(
          "/store/customers/me/wishlist/items",
          body,
          { headers }
        )
        expect(again.data.wishlist.items).toHaveLength(1)

        const { data } = await api.get(
          `/store/customers/me/wishlist?region_id=${seed.regionUzId}`,
          { headers }
        )
        const [item] = data.wishlist.items
        expect(item).toMatchObject({
          product_variant_id: variant.id,
          product_id: variant.product_id,
          product_title: "Cho'yan qozon, 12 l",
          product_handle: "qozon",
          variant_title: "Standart",
          sku: "QOZON-STANDART",
          price: { amount: 650000, currency_code: "uzs" },
          price_when_added: { amount: 650000, currency_code: "uzs" },
          in_stock: true,
          price_drop_alert: false,
          back_in_stock_alert: false,
        })
        // The same list in dollars for the International region.
        const usd = await api.get(
          `/store/customers/me/wishlist?region_id=${seed.regionIntlId}`,
          { headers }
        )
        expect(usd.data.wishlist.items[0].price).toEqual({
          amount: 52,
          currency_code: "usd",
        })
      })

      it("keeps one item when the same variant is added in parallel", async () => {
        const { headers } = await customer("parallel@example.uz")
        const body = { variant_id: variantBySku["QURUT-STANDART"].id }
        const results = await Promise.all(
          Array.from({ length: 5 }, () =>
            api
              .post("/store/customers/me/wishlist/items", body, { headers })
              .catch((e: any) => e.response)
          )
        )
        expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200])
        const stored = await rows(
          `SELECT wi.id FROM wishlist_item wi JOIN wishlist w ON w.id = wi.wishlist_id
            WHERE wi.deleted_at IS NULL AND wi.product_variant_id = ?`,
          [body.variant_id]
        )
        expect(stored).toHaveLength(1)
        expect(
          await rows("SELECT id FROM wishlist WHERE deleted_at IS NULL")
        ).toHaveLength(1)
      })

      it("refuses bad input and unknown variants, changing nothing", async () => {
        const { headers } = await customer("bad@example.uz")
        const missing = await error(
          api.post("/store/customers/me/wishlist/items", {}, { headers })
        )
        expect(missing.status).toBe(400)
        const extra = await error(
          api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: variantBySku["QURUT-STANDART"].id, admin: true },
            { headers }
          )
        )
        expect(extra.status).toBe(400)
        const negative = await error(
          api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: variantBySku["QURUT-STANDART"].id, target_price: -5 },
            { headers }
          )
        )
        expect(negative.status).toBe(400)
        const unknown = await error(
          api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: "variant_nope" },
            { headers }
          )
        )
        expect(unknown.status).toBe(404)
        const anonymous = await error(
          api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: variantBySku["QURUT-STANDART"].id },
            { headers: { "x-publishable-api-key": seed.publishableKey } }
          )
        )
        expect(anonymous.status).toBe(401)
        expect(await rows("SELECT id FROM wishlist_item")).toEqual([])
      })

      it("refuses a variant that is not sold in the key's sales channel", async () => {
        const container = getContainer()
        const { result: channels } = await createSalesChannelsWorkflow(
          container
        ).run({
          input: { salesChannelsData: [{ name: "Wholesale" }] },
        })
        const { result: products } = await createProductsWorkflow(
          container
        ).run({
          input: {
            products: [
              {
                title: "Ulgurji paxta",
                status: "published",
                sales_channels: [{ id: channels[0].id }],
                options: [{ title: "Turi", values: ["Standart"] }],
                variants: [
                  {
                    title: "Standart",
                    options: { Turi: "Standart" },
                    prices: [{ currency_code: "uzs", amount: 1000 }],
                  },
                ],
              },
            ],
          },
        })
        const { headers } = await customer("channel@example.uz")
        const res = await error(
          api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: products[0].variants[0].id },
            { headers }
          )
        )
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("is not sold in sales channel")
        expect(await rows("SELECT id FROM wishlist_item")).toEqual([])
      })
    })

    describe("viewing the list", () => {
      it("shows every item of a list from several products, in order, priced per region (null where unpriced)", async () => {
        // A variant priced in so'm only: nothing in the International region.
        const {
          result: [local],
        } = await createProductsWorkflow(getContainer()).run({
          input: {
            products: [
              {
                title: "Mahalliy non",
                handle: "mahalliy-non",
                status: "published",
                sales_channels: [{ id: seed.salesChannelId }],
                options: [{ title: "Turi", values: ["Standart"] }],
                variants: [
                  {
                    title: "Standart",
                    sku: "MAHALLIY-NON",
                    manage_inventory: false,
                    options: { Turi: "Standart" },
                    prices: [{ currency_code: "uzs", amount: 5000 }],
                  },
                ],
              },
            ],
          },
        })
        const { headers } = await customer("list@example.uz")
        const saved = [
          [variantBySku["ATLAS-KOYLAK-M"], seed.regionUzId],
          [variantBySku["QOZON-STANDART"], seed.regionUzId],
          [{ id: local.variants[0].id, product_id: local.id }, seed.regionUzId],
          // Saved while shopping in dollars.
          [variantBySku["ATLAS-KOYLAK-L"], seed.regionIntlId],
          [variantBySku["ASAL-STANDART"], seed.regionUzId],
        ] as const
        for (const [variant, region_id] of saved) {
          await api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: variant.id, region_id },
            { headers }
          )
        }
        const view = async (query = "") =>
          (await api.get(`/store/customers/me/wishlist${query}`, { headers }))
            .data.wishlist.items
        const money = (amount: number | null, currency_code: string) =>
          amount === null ? null : { amount, currency_code }
        const expected = (prices: [number | null, string][]) =>
          saved.map(([variant], i) => ({
            product_variant_id: variant.id,
            product_id: variant.product_id,
            price: money(...prices[i]),
          }))
        const products = [
          ["Atlas ko'ylak", "atlas-koylak", "M", "ATLAS-KOYLAK-M"],
          ["Cho'yan qozon, 12 l", "qozon", "Standart", "QOZON-STANDART"],
          ["Mahalliy non", "mahalliy-non", "Standart", "MAHALLIY-NON"],
          ["Atlas ko'ylak", "atlas-koylak", "L", "ATLAS-KOYLAK-L"],
          ["Tog' asali", "asal", "Standart", "ASAL-STANDART"],
        ]
        const whenAdded: [number, string][] = [
          [450000, "uzs"],
          [650000, "uzs"],
          [5000, "uzs"],
          [36, "usd"],
          [150000, "uzs"],
        ]

        const inUzs = await view(`?region_id=${seed.regionUzId}`)
        expect(inUzs).toEqual(
          expected([
            [450000, "uzs"],
            [650000, "uzs"],
            [5000, "uzs"],
            [450000, "uzs"],
            [150000, "uzs"],
          ]).map((item, i) => ({
            ...item,
            id: expect.stringMatching(/^wli_/),
            product_title: products[i][0],
            product_handle: products[i][1],
            thumbnail: null,
            variant_title: products[i][2],
            sku: products[i][3],
            price_when_added: money(...whenAdded[i]),
            in_stock: true,
            price_drop_alert: false,
            target_price: null,
            back_in_stock_alert: false,
            created_at: expect.any(String),
          }))
        )
        // In dollars the so'm-only variant has no price; the rest convert.
        expect(await view(`?region_id=${seed.regionIntlId}`)).toMatchObject(
          expected([
            [36, "usd"],
            [52, "usd"],
            [null, "usd"],
            [36, "usd"],
            [12, "usd"],
          ])
        )
        // Without a region each item is priced where it was saved.
        expect(await view()).toMatchObject(
          expected([
            [450000, "uzs"],
            [650000, "uzs"],
            [5000, "uzs"],
            [36, "usd"],
            [150000, "uzs"],
          ])
        )
        const ids = inUzs.map((i: { id: string }) => i.id)
        expect((await view()).map((i: { id: string }) => i.id)).toEqual(ids)
      })
    })

    describe("ownership", () => {
      it("lets only the owner see and remove an item (404 for anyone else)", async () => {
        const owner = await customer("owner@example.uz")
        const other = await customer("other@example.uz")
        const add = await api.post(
          "/store/customers/me/wishlist/items",
          { variant_id: variantBySku["ASAL-STANDART"].id },
          { headers: owner.headers }
        )
        const itemId = add.data.wishlist.items[0].id

        const otherView = await api.get("/store/customers/me/wishlist", {
          headers: other.headers,
        })
        expect(otherView.data.wishlist.items).toEqual([])
        const steal = await error(
          api.delete(`/store/customers/me/wishlist/items/${itemId}`, {
            headers: other.headers,
          })
        )
        expect(steal.status).toBe(404)
        const edit = await error(
          api.post(
            `/store/customers/me/wishlist/items/${itemId}`,
            { price_drop_alert: true },
            { headers: other.headers }
          )
        )
        expect(edit.status).toBe(404)
        expect(
          await rows("SELECT id FROM wishlist_item WHERE deleted_at IS NULL")
        ).toHaveLength(1)
        const [stored] = await rows(
          "SELECT price_drop_alert FROM wishlist_item WHERE id = ?",
          [itemId]
        )
        expect(stored.price_drop_alert).toBe(false)

        const removed = await api.delete(
          `/store/customers/me/wishlist/items/${itemId}`,
          {
            headers: owner.headers,
          }
        )
        expect(removed.data.wishlist.items).toEqual([])
      })
    })

    describe("sharing", () => {
      it("shares read-only by an unguessable token, and revokes it", async () => {
        const { headers } = await customer("share@example.uz")
        await api.post(
          "/store/customers/me/wishlist/items",
          {
            variant_id: variantBySku["SUZANI-STANDART"].id,
            price_drop_alert: true,
          },
          { headers }
        )
        const { data } = await api.post(
          "/store/customers/me/wishlist/share",
          {},
          { headers }
        )
        expect(data.share_token).toMatch(/^[A-Za-z0-9_-]{32}$/)
        const [stored] = await rows("SELECT share_token_hash FROM wishlist")
        expect(stored.share_token_hash).not.toContain(data.share_token)

        const publicHeaders = { "x-publishable-api-key": seed.publishableKey }
        const shared = await api.get(
          `/store/wishlists/shared/${data.share_token}`,
          { headers: publicHeaders }
        )
        expect(shared.data.wishlist.items[0].product_title).toBe("Suzani")
        expect(shared.data.wishlist.items[0]).not.toHaveProperty(
          "price_drop_alert"
        )
        expect(shared.data.wishlist).not.toHaveProperty("customer_id")

        // A new share replaces the old link; revoking ends the new one.
        const second = await api.post(
          "/store/customers/me/wishlist/share",
          {},
          { headers }
        )
        expect(
          (
            await error(
              api.get(`/store/wishlists/shared/${data.share_token}`, {
                headers: publicHeaders,
              })
            )
          ).status
        ).toBe(404)
        await api.delete("/store/customers/me/wishlist/share", { headers })
        expect(
          (
            await error(
              api.get(`/store/wishlists/shared/${second.data.share_token}`, {
                headers: publicHeaders,
              })
            )
          ).status
        ).toBe(404)
        expect(
          (
            await error(
              api.get("/store/wishlists/shared/guess", {
                headers: publicHeaders,
              })
            )
          ).status
        ).toBe(404)
      })
    })

    describe("admin stats", () => {
      it("ranks the most wishlisted variants and products; customers are refused", async () => {
        const a = await customer("a@example.uz")
        const b = await customer("b@example.uz")
        for (const c of [a, b]) {
          await api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: variantBySku["DOIRA-STANDART"].id },
            { headers: c.headers }
          )
        }
        await api.post(
          "/store/customers/me/wishlist/items",
          { variant_id: variantBySku["BODOM-STANDART"].id },
          { headers: a.headers }
        )

        const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
        const { data } = await api.get("/admin/wishlists/stats?limit=5", {
          headers: admin,
        })
        expect(data.variants[0]).toMatchObject({
          sku: "DOIRA-STANDART",
          count: 2,
          product_title: "Doira",
        })
        expect(data.variants[1]).toMatchObject({
          sku: "BODOM-STANDART",
          count: 1,
        })
        expect(data.products[0]).toMatchObject({ title: "Doira", count: 2 })
        expect(data.count).toBe(2)

        const asCustomer = await error(
          api.get("/admin/wishlists/stats", { headers: a.headers })
        )
        expect(asCustomer.status).toBe(401)
        const bad = await error(
          api.get("/admin/wishlists/stats?limit=1000", { headers: admin })
        )
        expect(bad.status).toBe(400)
      })
    })
  },
})
