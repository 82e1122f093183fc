import { registerCustomer } from "../lib/customer"
import type { Scenario } from "../lib/scenario"
import { createProduct, createStorefront } from "../lib/store-setup"

// The wishlist installed alone: a customer saves a variant and lists it.

export const wishlist: Scenario = {
  name: "wishlist",
  packages: ["@bozor/medusa-wishlist"],
  screen: async () => ({
    path: "/wishlists",
    ready: '[data-testid="wishlist-product-row"]',
  }),
  config: () => ({
    plugins: [
      {
        resolve: "@bozor/medusa-wishlist",
        options: { alertCooldownMs: 24 * 60 * 60 * 1000 },
      },
    ],
    modules: [],
  }),
  async flow({ http, admin, log }) {
    const front = await createStorefront(admin, {
      tag: "Wishlist",
      currency: "uzs",
    })
    const { variantId } = await createProduct(admin, {
      title: "Do'ppi",
      currency: "uzs",
      amount: 90000,
      salesChannelId: front.salesChannelId,
    })
    const customer = await registerCustomer(http, front, "wishlist")

    const added = await http.request(
      "POST",
      "/store/customers/me/wishlist/items",
      {
        headers: customer.headers,
        body: {
          variant_id: variantId,
          region_id: front.regionId,
          price_drop_alert: true,
        },
      }
    )
    expect([200, 201]).toContain(added.status)

    const { wishlist: list } = await http.ok(
      "GET",
      `/store/customers/me/wishlist?region_id=${front.regionId}`,
      { headers: customer.headers }
    )
    expect(list.items).toEqual([
      expect.objectContaining({ product_variant_id: variantId }),
    ])
    // A guest has no wishlist.
    const guest = await http.request("GET", "/store/customers/me/wishlist", {
      headers: front.headers,
    })
    expect(guest.status).toBe(401)
    log(`wishlist ${list.id}: ${list.items.length} item`)
  },
}
