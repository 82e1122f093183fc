import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { adminHeaders } from "../../../../integration-tests/helpers/customers"
import type { SeedResult } from "../../../../src/scripts/seed/seed-demo-store"
import { ADMIN_PASSWORD, seedWishlist, wishlistHelpers } from "./wishlist"

// Issue #17: the wishlist view reads region, customer groups, prices, stock
// and the channel's locations through Medusa's caching module (on in this
// store; in memory, or Redis with REDIS_URL). Each test reads the view first,
// so that what it shows is cached, changes one thing through the Admin API
// and expects the very next view to show the change. Run by
// wishlist-freshness.spec.ts (memory) and wishlist-freshness-redis.spec.ts.
export function wishlistFreshnessSuite(
  {
    api,
    getContainer,
    dbConnection,
  }: {
    api: AxiosInstance
    getContainer: () => MedusaContainer
    dbConnection: any
  },
  /** Reads the keys of an external cache (Redis), to see the view use it. */
  externalCache?: { flush(): Promise<void>; size(): Promise<number> }
) {
  let seed: SeedResult
  let variantBySku: Record<string, { id: string; product_id: string }>
  const { rows, customer } = wishlistHelpers(api, dbConnection, () => seed)

  beforeAll(async () => {
    ;({ seed, variantBySku } = await seedWishlist(getContainer()))
  })

  /** A customer whose wishlist holds the variant of `sku`, and their view. */
  async function watcher(email: string, sku: string) {
    const { customer: shopper, headers } = await customer(email)
    await api.post(
      "/store/customers/me/wishlist/items",
      { variant_id: variantBySku[sku].id, region_id: seed.regionUzId },
      { headers }
    )
    const view = async () =>
      (
        await api.get(
          `/store/customers/me/wishlist?region_id=${seed.regionUzId}`,
          { headers }
        )
      ).data.wishlist.items[0]
    return { shopper, headers, view }
  }

  /**
   * The first view after a change. With the in-memory cache Medusa clears
   * the entries while the change's events are emitted, before the Admin API
   * answers: the very next view must show it. With Redis, Medusa's caching
   * module clears them in the background once the events are released (Redis
   * round trips it does not await), so a view sent right after the answer can
   * come first: there the change must show within 2 s.
   */
  async function nextView(
    view: () => Promise<any>,
    shows: (item: any) => boolean
  ) {
    let item = await view()
    for (let i = 0; externalCache && !shows(item) && i < 40; i++) {
      await new Promise((r) => setTimeout(r, 50))
      item = await view()
    }
    return item
  }

  /** The inventory level (item, location, available) of a variant. */
  async function levelOf(variantId: string) {
    const [level] = await rows(
      `SELECT il.inventory_item_id, il.location_id,
              il.stocked_quantity - il.reserved_quantity AS available
         FROM inventory_level il
         JOIN product_variant_inventory_item pvi
           ON pvi.inventory_item_id = il.inventory_item_id
        WHERE pvi.variant_id = ? AND il.deleted_at IS NULL`,
      [variantId]
    )
    return level
  }

  it("shows a customer-group price as soon as the customer joins the group, and a price list change at once", async () => {
    const { shopper, view } = await watcher(
      "group@example.uz",
      "QURUT-STANDART"
    )
    const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
    const {
      data: { customer_group: group },
    } = await api.post(
      "/admin/customer-groups",
      { name: "Ulgurji" },
      { headers: admin }
    )
    const {
      data: { price_list: priceList },
    } = await api.post(
      "/admin/price-lists",
      {
        title: "Ulgurji narxlar",
        description: "Group sale",
        type: "sale",
        status: "active",
        rules: { "customer.groups.id": [group.id] },
        prices: [
          {
            variant_id: variantBySku["QURUT-STANDART"].id,
            currency_code: "uzs",
            amount: 30000,
          },
        ],
      },
      { headers: admin }
    )
    // Not a member yet: the regular price, now cached.
    expect((await view()).price).toEqual({
      amount: 35000,
      currency_code: "uzs",
    })
    expect((await view()).price.amount).toBe(35000)

    await api.post(
      `/admin/customer-groups/${group.id}/customers`,
      { add: [shopper.id] },
      { headers: admin }
    )
    expect(
      (await nextView(view, (i) => i.price.amount === 30000)).price.amount
    ).toBe(30000)

    const {
      data: {
        price_list: { prices },
      },
    } = await api.get(`/admin/price-lists/${priceList.id}?fields=*prices`, {
      headers: admin,
    })
    await api.post(
      `/admin/price-lists/${priceList.id}/prices/batch`,
      {
        update: [
          {
            id: prices[0].id,
            variant_id: variantBySku["QURUT-STANDART"].id,
            currency_code: "uzs",
            amount: 28000,
          },
        ],
      },
      { headers: admin }
    )
    expect(
      (await nextView(view, (i) => i.price.amount === 28000)).price.amount
    ).toBe(28000)

    await api.post(
      `/admin/customer-groups/${group.id}/customers`,
      { remove: [shopper.id] },
      { headers: admin }
    )
    expect(
      (await nextView(view, (i) => i.price.amount === 35000)).price.amount
    ).toBe(35000)
  })

  it("shows a variant out of stock as soon as its stock is reserved, and back when the reservation goes", async () => {
    const variant = variantBySku["GILAM-STANDART"]
    const { view } = await watcher("reserved@example.uz", "GILAM-STANDART")
    const level = await levelOf(variant.id)
    expect(Number(level.available)).toBeGreaterThan(0)
    expect((await view()).in_stock).toBe(true)
    expect((await view()).in_stock).toBe(true)

    const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
    const {
      data: { reservation },
    } = await api.post(
      "/admin/reservations",
      {
        inventory_item_id: level.inventory_item_id,
        location_id: level.location_id,
        quantity: Number(level.available),
      },
      { headers: admin }
    )
    expect((await nextView(view, (i) => i.in_stock === false)).in_stock).toBe(
      false
    )

    await api.delete(`/admin/reservations/${reservation.id}`, {
      headers: admin,
    })
    expect((await nextView(view, (i) => i.in_stock === true)).in_stock).toBe(
      true
    )
  })

  it("shows a variant out of stock as soon as its location stops serving the sales channel", async () => {
    const variant = variantBySku["QURUT-STANDART"]
    const { view } = await watcher("location@example.uz", "QURUT-STANDART")
    expect((await view()).in_stock).toBe(true)
    expect((await view()).in_stock).toBe(true)

    const admin = await adminHeaders(api, seed.adminEmail, ADMIN_PASSWORD)
    const { location_id } = await levelOf(variant.id)
    await api.post(
      `/admin/stock-locations/${location_id}/sales-channels`,
      { remove: [seed.salesChannelId] },
      { headers: admin }
    )
    expect((await nextView(view, (i) => i.in_stock === false)).in_stock).toBe(
      false
    )

    await api.post(
      `/admin/stock-locations/${location_id}/sales-channels`,
      { add: [seed.salesChannelId] },
      { headers: admin }
    )
    expect((await nextView(view, (i) => i.in_stock === true)).in_stock).toBe(
      true
    )
  })

  it("keeps each customer's list their own while it is cached", async () => {
    const first = await watcher("first@example.uz", "QURUT-STANDART")
    const second = await watcher("second@example.uz", "GILAM-STANDART")
    expect((await first.view()).product_variant_id).toBe(
      variantBySku["QURUT-STANDART"].id
    )
    expect((await second.view()).product_variant_id).toBe(
      variantBySku["GILAM-STANDART"].id
    )
    const { data } = await api.get(
      `/store/customers/me/wishlist?region_id=${seed.regionUzId}`,
      { headers: first.headers }
    )
    expect(data.wishlist.items).toHaveLength(1)
    expect(data.wishlist.items[0].product_variant_id).toBe(
      variantBySku["QURUT-STANDART"].id
    )
  })

  if (externalCache) {
    it("keeps the view's reads in the shared cache", async () => {
      const { view } = await watcher("shared@example.uz", "QURUT-STANDART")
      await externalCache.flush()
      expect(await externalCache.size()).toBe(0)
      expect((await view()).price.amount).toBe(35000)
      // Written in the background after the reads.
      for (let i = 0; i < 50 && !(await externalCache.size()); i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      expect(await externalCache.size()).toBeGreaterThan(0)
    })
  }
}
