import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { isDeepStrictEqual as equals } from "node:util"
import {
  seedDemoStore,
  SeedResult,
} from "../../src/scripts/seed/seed-demo-store"
import { adminHeaders, registerCustomer } from "../helpers/customers"

jest.setTimeout(180 * 1000)

const ADMIN = { email: "admin@bozor.uz", password: "product-list-admin-pass" }

/**
 * Issue #17: GET /store/products is answered by Bozor's list
 * (src/api/store/products/list-products.ts) and must equal Medusa's own path
 * (BOZOR_STORE_PRODUCT_LIST=medusa) for every storefront query: products,
 * order, prices, stock and count.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let seed: SeedResult
    let store: Record<string, string>
    let member: Record<string, string>
    const ids: Record<string, string> = {}

    const get = async (
      url: string,
      headers: Record<string, string>,
      path: "bozor" | "medusa"
    ) => {
      if (path === "medusa") process.env.BOZOR_STORE_PRODUCT_LIST = "medusa"
      try {
        const res = await api.get(url, { headers, validateStatus: () => true })
        return { status: res.status, body: res.data }
      } finally {
        delete process.env.BOZOR_STORE_PRODUCT_LIST
      }
    }

    beforeAll(async () => {
      const container = getContainer()
      seed = await seedDemoStore(container, { adminPassword: ADMIN.password })
      store = { "x-publishable-api-key": seed.publishableKey }
      const admin = {
        headers: await adminHeaders(api, ADMIN.email, ADMIN.password),
      }

      const { data } = await api.get(
        "/admin/products?limit=100&fields=id,handle",
        admin
      )
      const byHandle = Object.fromEntries(
        data.products.map((p: any) => [p.handle, p.id])
      )
      const handles = Object.keys(byHandle).sort()
      expect(handles.length).toBeGreaterThanOrEqual(8)

      // A collection, a type and tags over some demo products.
      const { data: c } = await api.post(
        "/admin/collections",
        { title: "Bayram", handle: "bayram" },
        admin
      )
      const { data: t } = await api.post(
        "/admin/product-types",
        { value: "Qo'l mehnati" },
        admin
      )
      const { data: tag1 } = await api.post(
        "/admin/product-tags",
        { value: "yangi" },
        admin
      )
      const { data: tag2 } = await api.post(
        "/admin/product-tags",
        { value: "chegirma" },
        admin
      )
      ids.collection = c.collection.id
      ids.type = t.product_type.id
      ids.tag1 = tag1.product_tag.id
      ids.tag2 = tag2.product_tag.id
      for (const [i, handle] of handles.slice(0, 6).entries()) {
        await api.post(
          `/admin/products/${byHandle[handle]}`,
          {
            collection_id: i % 2 ? ids.collection : undefined,
            type_id: i % 3 === 0 ? ids.type : undefined,
            tags: [
              { id: i < 3 ? ids.tag1 : ids.tag2 },
              ...(i === 2 ? [{ id: ids.tag2 }] : []),
            ],
          },
          admin
        )
      }

      // An inactive category holding two products.
      const { data: cat } = await api.post(
        "/admin/product-categories",
        { name: "Yopiq", is_active: false },
        admin
      )
      ids.inactiveCategory = cat.product_category.id
      await api.post(
        `/admin/product-categories/${ids.inactiveCategory}/products`,
        { add: [byHandle[handles[0]], byHandle[handles[1]]] },
        admin
      )
      const { data: cats } = await api.get(
        "/store/product-categories?limit=10",
        {
          headers: store,
        }
      )
      ids.category = cats.product_categories[0].id
      ids.category2 = cats.product_categories[1].id

      // A draft product, and one only in the other sales channel.
      const [other] = await container
        .resolve(Modules.SALES_CHANNEL)
        .listSalesChannels({ name: "Default Sales Channel" })
      expect(other).toBeDefined()
      for (const [handle, status, channel] of [
        ["qoralama", "draft", seed.salesChannelId],
        ["boshqa-kanal", "published", other.id],
      ]) {
        await api.post(
          "/admin/products",
          {
            title: handle,
            handle,
            status,
            sales_channels: [{ id: channel }],
            options: [{ title: "Turi", values: ["Bitta"] }],
            variants: [
              {
                title: "Bitta",
                options: { Turi: "Bitta" },
                manage_inventory: false,
                prices: [{ currency_code: "uzs", amount: 5000 }],
              },
            ],
          },
          admin
        )
      }
      ids.otherChannel = other.id

      // A customer-group price list on one variant.
      const customer = await registerCustomer(
        api,
        seed.publishableKey,
        "vip@bozor.uz"
      )
      member = customer.headers
      const { data: group } = await api.post(
        "/admin/customer-groups",
        { name: "VIP" },
        admin
      )
      await api.post(
        `/admin/customer-groups/${group.customer_group.id}/customers`,
        { add: [customer.customer.id] },
        admin
      )
      const { data: variants } = await api.get(
        `/admin/products/${byHandle[handles[2]]}/variants?limit=1`,
        admin
      )
      await api.post(
        "/admin/price-lists",
        {
          title: "VIP",
          description: "VIP narxlari",
          type: "sale",
          status: "active",
          rules: { "customer.groups.id": [group.customer_group.id] },
          prices: [
            {
              variant_id: variants.variants[0].id,
              amount: 777,
              currency_code: "uzs",
            },
          ],
        },
        admin
      )
      ids.handle = handles[3]
      ids.a = byHandle[handles[4]]
      ids.b = byHandle[handles[5]]
    })

    const queries = () => [
      "",
      "limit=5",
      "limit=5&offset=5",
      "offset=1000",
      "limit=100",
      "order=handle&offset=3&limit=4",
      "order=-id",
      `region_id=${seed.regionUzId}`,
      `region_id=${seed.regionIntlId}&limit=6`,
      `region_id=${seed.regionUzId}&fields=id,title,*variants.calculated_price,+variants.inventory_quantity`,
      `category_id=${ids.category}`,
      `category_id[]=${ids.category}&category_id[]=${ids.category2}&limit=3`,
      `category_id=${ids.inactiveCategory}`,
      `collection_id=${ids.collection}`,
      `type_id=${ids.type}`,
      `tag_id=${ids.tag1}`,
      `tag_id[]=${ids.tag1}&tag_id[]=${ids.tag2}`,
      `handle=${ids.handle}`,
      `handle=qoralama`,
      `handle=boshqa-kanal`,
      `id[]=${ids.a}&id[]=${ids.b}`,
      `id=${ids.a}&collection_id=${ids.collection}`,
      "q=choy",
      "q=atlas&limit=3",
      `sales_channel_id=${ids.otherChannel}`,
      "title=Atlas ko'ylak",
      "limit=abc",
      "order=metadata",
    ]

    it("answers every storefront query as Medusa's own path does", async () => {
      const differing: string[] = []
      for (const q of queries()) {
        const url = `/store/products?${q}`
        const medusa = await get(url, store, "medusa")
        const bozor = await get(url, store, "bozor")
        if (!equals(bozor, medusa)) differing.push(url)
      }
      expect(differing).toEqual([])
    })

    // Medusa leaves the order of equal values to PostgreSQL (any order, not
    // even the same one twice); Bozor breaks ties by id. Whole lists compare
    // equal once equal values are put in id order.
    it.each([
      ["created_at", "order=-created_at&limit=100"],
      ["created_at", "order=created_at&limit=100&region_id=REGION"],
      ["title", "order=title&limit=100"],
      ["updated_at", "order=-updated_at&limit=100"],
    ])("orders by %s as Medusa does, ties by id", async (key, q) => {
      const url = `/store/products?${q.replace("REGION", seed.regionUzId)}`
      const medusa = await get(url, store, "medusa")
      const bozor = await get(url, store, "bozor")
      const keys = (r: typeof bozor) => r.body.products.map((p: any) => p[key])
      expect(keys(bozor)).toEqual(keys(medusa))
      const byKeyThenId = (r: typeof bozor) => ({
        ...r.body,
        products: [...r.body.products].sort(
          (x: any, y: any) =>
            (x[key] < y[key] ? -1 : x[key] > y[key] ? 1 : 0) *
              (q.includes("=-") ? -1 : 1) || (x.id < y.id ? -1 : 1)
        ),
      })
      expect(byKeyThenId(bozor)).toEqual(byKeyThenId(medusa))
      expect(bozor.body.products).toEqual(byKeyThenId(bozor).products)
    })

    it("answers product pages as Medusa's own path does", async () => {
      const { data } = await api.get(
        "/admin/products?limit=100&fields=id,handle",
        { headers: await adminHeaders(api, ADMIN.email, ADMIN.password) }
      )
      // Three listed products, the draft, the other channel's, a missing id.
      const ids = [
        ...data.products.slice(0, 3),
        ...data.products.filter((p: any) =>
          ["qoralama", "boshqa-kanal"].includes(p.handle)
        ),
      ].map((p: any) => p.id)
      expect(ids).toHaveLength(5)
      const differing: string[] = []
      for (const id of [...ids, "prod_missing"]) {
        for (const q of [
          "",
          `region_id=${seed.regionUzId}`,
          `region_id=${seed.regionIntlId}&fields=id,title,*categories,*variants.calculated_price,+variants.inventory_quantity`,
          "fields=bad_field",
        ]) {
          const url = `/store/products/${id}?${q}`
          for (const headers of [store, member]) {
            const medusa = await get(url, headers, "medusa")
            const bozor = await get(url, headers, "bozor")
            if (!equals(bozor, medusa)) differing.push(url)
            // Again: a guest's page now comes from the page cache.
            const kept = await get(url, headers, "bozor")
            if (!equals(kept, medusa)) differing.push(`${url} (again)`)
          }
        }
      }
      expect(differing).toEqual([])
      // The draft, the other channel's product and a missing id are 404s.
      const statuses = await Promise.all(
        ["qoralama", "boshqa-kanal"].map(async (handle) => {
          const id = data.products.find((p: any) => p.handle === handle).id
          return (await get(`/store/products/${id}`, store, "bozor")).status
        })
      )
      expect(statuses).toEqual([404, 404])
    })

    it("gives a customer group member the price list's price, as Medusa does", async () => {
      const url = `/store/products?region_id=${seed.regionUzId}&limit=100`
      const medusa = await get(url, member, "medusa")
      const bozor = await get(url, member, "bozor")
      expect(bozor).toEqual(medusa)
      const prices = bozor.body.products.flatMap((p: any) =>
        p.variants.map((v: any) => v.calculated_price.calculated_amount)
      )
      expect(prices).toContain(777)
      const guest = await get(url, store, "bozor")
      expect(
        guest.body.products.flatMap((p: any) =>
          p.variants.map((v: any) => v.calculated_price.calculated_amount)
        )
      ).not.toContain(777)
    })

    it("counts exactly and pages without gaps or repeats", async () => {
      const all = await get(
        "/store/products?limit=100&fields=id",
        store,
        "bozor"
      )
      const count = all.body.count
      expect(all.body.products).toHaveLength(count)
      // The draft and the other channel's product are not listed.
      expect(count).toBeGreaterThan(8)
      const seen: string[] = []
      for (let offset = 0; offset < count; offset += 3) {
        const page = await get(
          `/store/products?limit=3&offset=${offset}&fields=id`,
          store,
          "bozor"
        )
        expect(page.body.count).toBe(count)
        seen.push(...page.body.products.map((p: any) => p.id))
      }
      expect(seen).toEqual(all.body.products.map((p: any) => p.id))
    })
  },
})
