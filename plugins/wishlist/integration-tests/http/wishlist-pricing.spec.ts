import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import wishlistCheckAlerts from "@bozor/medusa-wishlist/jobs/wishlist-check-alerts"
import {
  adminHeaders,
  registerCustomer,
} from "../../../../integration-tests/helpers/customers"
import { useSmtpSink } from "../../../../integration-tests/fakes/smtp"

jest.setTimeout(180 * 1000)

// Alerts go out as e-mail through a real SMTP server.
useSmtpSink()

const ADMIN_PASSWORD = "wishlist-pricing-admin-pass"

// Issue #14: a customer-group price list showed in `GET /store/products` but
// not in the wishlist; and `target_price` took any number.
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    let qurut: { id: string; product_id: string }

    const rows = (sql: string, bindings: unknown[] = []) =>
      dbConnection.raw(sql, bindings).then((r: any) => r.rows)

    const error = (p: Promise<unknown>) =>
      p
        .then(() => ({ status: 200, data: null }) as any)
        .catch((e: any) => e.response)

    async function waitForRows(sql: string, count: number) {
      for (let i = 0; i < 100; i++) {
        const found = await rows(sql)
        if (found.length >= count) return found
        await new Promise((r) => setTimeout(r, 100))
      }
      return rows(sql)
    }

    beforeAll(async () => {
      seed = await seedDemoStore(getContainer(), {
        adminPassword: ADMIN_PASSWORD,
      })
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { sku: "QURUT-STANDART" },
      })
      qurut = data[0] as any
    })

    const customer = (email: string) =>
      registerCustomer(api, seed.publishableKey, email)

    /** A customer group holding `customerId`, with a sale price list for qurut. */
    async function groupPriceList(customerId: string, amount: number) {
      const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
      const {
        data: { customer_group: group },
      } = await api.post(
        "/admin/customer-groups",
        { name: "Ulgurji xaridorlar" },
        { headers: admin }
      )
      await api.post(
        `/admin/customer-groups/${group.id}/customers`,
        { add: [customerId] },
        { headers: admin }
      )
      await api.post(
        "/admin/price-lists",
        {
          title: "Ulgurji narxlar",
          description: "Customer group sale",
          type: "sale",
          status: "active",
          rules: { "customer.groups.id": [group.id] },
          prices: [{ variant_id: qurut.id, currency_code: "uzs", amount }],
        },
        { headers: admin }
      )
      return group.id as string
    }

    /** What Medusa's own product route charges this shopper for qurut. */
    async function storeProductPrice(headers: Record<string, string>) {
      const { data } = await api.get(
        `/store/products/${qurut.product_id}?region_id=${seed.regionUzId}&fields=*variants.calculated_price`,
        { headers }
      )
      const variant = data.product.variants.find((v: any) => v.id === qurut.id)
      return Number(variant.calculated_price.calculated_amount)
    }

    describe("customer-group prices", () => {
      it("prices wishlist items as GET /store/products does for the same shopper", async () => {
        const member = await customer("member@example.uz")
        const other = await customer("other@example.uz")
        await groupPriceList(member.customer.id, 30000)

        expect(await storeProductPrice(member.headers)).toBe(30000)
        expect(await storeProductPrice(other.headers)).toBe(35000)

        for (const shopper of [member, other]) {
          const added = await api.post(
            "/store/customers/me/wishlist/items",
            { variant_id: qurut.id, region_id: seed.regionUzId },
            { headers: shopper.headers }
          )
          expect(added.status).toBe(200)
        }
        const view = async (headers: Record<string, string>, q = "") =>
          (await api.get(`/store/customers/me/wishlist${q}`, { headers })).data
            .wishlist.items[0]

        const mine = await view(member.headers, `?region_id=${seed.regionUzId}`)
        expect(mine.price).toEqual({ amount: 30000, currency_code: "uzs" })
        expect(mine.price_when_added).toEqual({
          amount: 30000,
          currency_code: "uzs",
        })
        // Without a region: the item's own region and currency, same context.
        expect((await view(member.headers)).price.amount).toBe(30000)
        expect((await view(other.headers)).price.amount).toBe(35000)

        const stored = await rows(
          `SELECT w.customer_id, wi.price_when_added, wi.observed_price
             FROM wishlist_item wi JOIN wishlist w ON w.id = wi.wishlist_id
            WHERE wi.product_variant_id = ?`,
          [qurut.id]
        )
        const byCustomer = Object.fromEntries(
          stored.map((r: any) => [r.customer_id, r])
        )
        expect(Number(byCustomer[member.customer.id].price_when_added)).toBe(
          30000
        )
        expect(Number(byCustomer[other.customer.id].price_when_added)).toBe(
          35000
        )

        // A shared link shows the viewer's price, never the owner's group price.
        const {
          data: { share_token },
        } = await api.post(
          "/store/customers/me/wishlist/share",
          {},
          { headers: member.headers }
        )
        const shared = await api.get(
          `/store/wishlists/shared/${share_token}?region_id=${seed.regionUzId}`,
          { headers: { "x-publishable-api-key": seed.publishableKey } }
        )
        expect(shared.data.wishlist.items[0].price.amount).toBe(35000)
      })

      it("alerts a group member when a group price list lowers the price, and no one else", async () => {
        const member = await customer("alert-member@example.uz")
        const other = await customer("alert-other@example.uz")
        for (const shopper of [member, other]) {
          await api.post(
            "/store/customers/me/wishlist/items",
            {
              variant_id: qurut.id,
              region_id: seed.regionUzId,
              price_drop_alert: true,
            },
            { headers: shopper.headers }
          )
        }
        await groupPriceList(member.customer.id, 30000)
        await wishlistCheckAlerts(getContainer())

        const alerts = await rows(
          "SELECT * FROM wishlist_alert WHERE kind = 'price_drop'"
        )
        expect(alerts).toHaveLength(1)
        expect(alerts[0]).toMatchObject({
          customer_id: member.customer.id,
          product_variant_id: qurut.id,
          currency_code: "uzs",
        })
        expect(Number(alerts[0].price)).toBe(30000)
        expect(Number(alerts[0].previous_price)).toBe(35000)
        const observed = await rows(
          `SELECT w.customer_id, wi.observed_price FROM wishlist_item wi
             JOIN wishlist w ON w.id = wi.wishlist_id`
        )
        const seen = Object.fromEntries(
          observed.map((r: any) => [r.customer_id, Number(r.observed_price)])
        )
        expect(seen).toEqual({
          [member.customer.id]: 30000,
          [other.customer.id]: 35000,
        })
        // The member is told, at their price; the other customer is not.
        const sent = await waitForRows(
          "SELECT * FROM notification WHERE template = 'wishlist_price_drop'",
          1
        )
        expect(sent.map((n: any) => n.to)).toEqual(["alert-member@example.uz"])
        expect(sent[0].data.text).toContain("30 000 so'm (avval 35 000 so'm)")
      })
    })

    describe("target_price bounds", () => {
      it("refuses an unbounded, non-positive or over-precise target, creating nothing", async () => {
        const { headers } = await customer("target@example.uz")
        for (const target_price of [1e20, 1e12 + 1, 0, -1, 0.001]) {
          const res = await error(
            api.post(
              "/store/customers/me/wishlist/items",
              { variant_id: qurut.id, price_drop_alert: true, target_price },
              { headers }
            )
          )
          expect([target_price, res.status]).toEqual([target_price, 400])
        }
        expect(await rows("SELECT id FROM wishlist_item")).toEqual([])

        const ok = await api.post(
          "/store/customers/me/wishlist/items",
          { variant_id: qurut.id, price_drop_alert: true, target_price: 1e12 },
          { headers }
        )
        expect(ok.data.wishlist.items[0].target_price).toBe(1e12)
        const itemId = ok.data.wishlist.items[0].id

        const update = await error(
          api.post(
            `/store/customers/me/wishlist/items/${itemId}`,
            { target_price: 1e20 },
            { headers }
          )
        )
        expect(update.status).toBe(400)
        const edited = await api.post(
          `/store/customers/me/wishlist/items/${itemId}`,
          { target_price: 29999.99 },
          { headers }
        )
        expect(edited.data.wishlist.items[0].target_price).toBe(29999.99)
        const [stored] = await rows(
          "SELECT target_price FROM wishlist_item WHERE id = ?",
          [itemId]
        )
        expect(Number(stored.target_price)).toBe(29999.99)
      })
    })
  },
})
