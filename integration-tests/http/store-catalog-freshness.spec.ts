import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import {
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import { adminHeaders } from "../helpers/customers"

jest.setTimeout(180 * 1000)

const ADMIN = { email: "admin@bozor.uz", password: "freshness-admin-pass" }

/**
 * Issue #17: with Medusa's caching module on (the default), a storefront read
 * right after an admin change shows the change: price, stock, status, sales
 * channel, category, and the list's count. Each test warms the list and the product page first.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    let seed: SeedResult
    let store: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let products: { id: string; handle: string; variantId: string }[]

    const list = async (q = "") => {
      const { data } = await api.get(
        `/store/products?limit=100&region_id=${seed.regionUzId}&fields=id,*variants.calculated_price,+variants.inventory_quantity${q}`,
        store
      )
      return data.products as any[]
    }
    const page = (id: string) =>
      api.get(
        `/store/products/${id}?region_id=${seed.regionUzId}&fields=id,*variants.calculated_price,+variants.inventory_quantity`,
        { ...store, validateStatus: () => true }
      )
    // A guest's product page with Medusa's default fields: kept whole
    // (src/api/store/products/page-cache.ts); with categories, read live.
    const guestPage = (id: string, fields = "*variants.calculated_price") =>
      api.get(
        `/store/products/${id}?region_id=${seed.regionUzId}&fields=${fields}`,
        { ...store, validateStatus: () => true }
      )
    // The list's `count`, kept in the caching module (list-count.ts).
    const count = async () =>
      (await api.get(`/store/products?limit=1`, store)).data.count as number
    const warm = async (id: string, q = "") => {
      for (let i = 0; i < 2; i++) {
        await count()
        await list(q)
        await page(id)
        await guestPage(id)
      }
    }

    beforeAll(async () => {
      // The caching module is on by default (config/infrastructure.ts).
      expect(getContainer().hasRegistration(Modules.CACHING)).toBe(true)
      seed = await seedDemoStore(getContainer(), {
        adminPassword: ADMIN.password,
      })
      store = { headers: { "x-publishable-api-key": seed.publishableKey } }
      admin = { headers: await adminHeaders(api, ADMIN.email, ADMIN.password) }
      const { data } = await api.get(
        "/admin/products?limit=100&fields=id,handle,*variants&order=handle",
        admin
      )
      products = data.products.map((p: any) => ({
        id: p.id,
        handle: p.handle,
        variantId: p.variants[0].id,
      }))
    })

    it("shows a new price at once", async () => {
      const { id, variantId } = products[0]
      await warm(id)
      await api.post(
        `/admin/products/${id}/variants/${variantId}`,
        { prices: [{ currency_code: "uzs", amount: 123456 }] },
        admin
      )
      const inList = (await list()).find((p) => p.id === id)
      const variant = inList.variants.find((v: any) => v.id === variantId)
      expect(variant.calculated_price.calculated_amount).toBe(123456)
      const { data } = await page(id)
      expect(
        data.product.variants.find((v: any) => v.id === variantId)
          .calculated_price.calculated_amount
      ).toBe(123456)
      const { data: kept } = await guestPage(id)
      expect(
        kept.product.variants.find((v: any) => v.id === variantId)
          .calculated_price.calculated_amount
      ).toBe(123456)
    })

    it("shows a new sale price list at once", async () => {
      const { id, variantId } = products[6]
      await warm(id)
      await api.post(
        "/admin/price-lists",
        {
          title: "Bayram",
          description: "Bayram chegirmasi",
          type: "sale",
          status: "active",
          prices: [
            { variant_id: variantId, amount: 4321, currency_code: "uzs" },
          ],
        },
        admin
      )
      const { data } = await guestPage(id)
      expect(
        data.product.variants.find((v: any) => v.id === variantId)
          .calculated_price.calculated_amount
      ).toBe(4321)
    })

    it("shows a new stock level at once", async () => {
      const { id, variantId } = products[1]
      await warm(id)
      const { data } = await api.get(
        `/admin/products/${id}/variants/${variantId}?fields=inventory_items.inventory_item_id`,
        admin
      )
      const itemId = data.variant.inventory_items[0].inventory_item_id
      await api.post(
        `/admin/inventory-items/${itemId}/location-levels/${seed.stockLocationId}`,
        { stocked_quantity: 3 },
        admin
      )
      const inList = (await list()).find((p) => p.id === id)
      expect(
        inList.variants.find((v: any) => v.id === variantId).inventory_quantity
      ).toBe(3)
      const { data: fresh } = await page(id)
      expect(
        fresh.product.variants.find((v: any) => v.id === variantId)
          .inventory_quantity
      ).toBe(3)
    })

    it("hides a product set to draft at once", async () => {
      const { id } = products[2]
      await warm(id)
      const before = await count()
      await api.post(`/admin/products/${id}`, { status: "draft" }, admin)
      expect(await count()).toBe(before - 1)
      expect((await list()).map((p) => p.id)).not.toContain(id)
      expect((await page(id)).status).toBe(404)
      expect((await guestPage(id)).status).toBe(404)
      await api.post(`/admin/products/${id}`, { status: "published" }, admin)
      expect(await count()).toBe(before)
      expect((await list()).map((p) => p.id)).toContain(id)
      expect((await page(id)).status).toBe(200)
      expect((await guestPage(id)).status).toBe(200)
    })

    it("hides a product taken out of the sales channel at once", async () => {
      const { id } = products[3]
      await warm(id)
      const before = await count()
      await api.post(
        `/admin/sales-channels/${seed.salesChannelId}/products`,
        { remove: [id] },
        admin
      )
      expect(await count()).toBe(before - 1)
      expect((await list()).map((p) => p.id)).not.toContain(id)
      expect((await page(id)).status).toBe(404)
      expect((await guestPage(id)).status).toBe(404)
      await api.post(
        `/admin/sales-channels/${seed.salesChannelId}/products`,
        { add: [id] },
        admin
      )
      expect(await count()).toBe(before)
      expect((await list()).map((p) => p.id)).toContain(id)
      expect((await guestPage(id)).status).toBe(200)
    })

    it("serves a guest's product page from the cache until an event clears it", async () => {
      const { id } = products[5]
      await warm(id)
      const { data: before } = await guestPage(id)
      // Written behind Medusa's back: no event, so the kept page stays.
      await dbConnection.raw(`update product set title = ? where id = ?`, [
        "Behind the cache",
        id,
      ])
      expect((await guestPage(id)).data).toEqual(before)
      // A page the cache does not hold reads the database.
      const { data: other } = await api.get(
        `/store/products/${id}?region_id=${seed.regionUzId}&fields=id,title`,
        store
      )
      expect(other.product.title).toBe("Behind the cache")
      // An admin change clears it.
      await api.post(`/admin/products/${id}`, { title: "Yangi nom" }, admin)
      expect((await guestPage(id)).data.product.title).toBe("Yangi nom")
    })

    it("lists a product in its new category at once", async () => {
      const { id } = products[4]
      const [category] = await getContainer()
        .resolve(Modules.PRODUCT)
        .listProductCategories({}, { take: 1 })
      const inCategory = async () =>
        (await list(`&category_id=${category.id}`)).map((p) => p.id)
      await warm(id, `&category_id=${category.id}`)
      await guestPage(id, "*categories")
      const before = await inCategory()
      const action = before.includes(id) ? "remove" : "add"
      await api.post(
        `/admin/product-categories/${category.id}/products`,
        { [action]: [id] },
        admin
      )
      expect((await inCategory()).includes(id)).toBe(action === "add")
      const { data } = await guestPage(id, "*categories")
      expect(
        data.product.categories
          .map((c: { id: string }) => c.id)
          .includes(category.id)
      ).toBe(action === "add")
    })
  },
})
