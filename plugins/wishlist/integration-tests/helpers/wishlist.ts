import {
  ContainerRegistrationKeys,
  QueryContext,
} from "@medusajs/framework/utils"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import {
  seedDemoStore,
  SeedResult,
} from "../../../../src/scripts/seed/seed-demo-store"
import { registerCustomer } from "../../../../integration-tests/helpers/customers"

// Shared setup of wishlist.spec.ts and wishlist-alerts.spec.ts.

export const ADMIN_PASSWORD = "wishlist-admin-pass"

/** Seeds the demo store; returns it with its variants by SKU. */
export async function seedWishlist(container: MedusaContainer) {
  const seed = await seedDemoStore(container, {
    adminPassword: ADMIN_PASSWORD,
  })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "product_id"],
  })
  const variantBySku: Record<string, { id: string; product_id: string }> =
    Object.fromEntries(data.map((v: any) => [v.sku, v]))
  return { seed, variantBySku }
}

/** The suite's helpers, bound to its `api`, DB connection and seed. */
export function wishlistHelpers(
  api: AxiosInstance,
  dbConnection: any,
  getSeed: () => SeedResult
) {
  const rows = (sql: string, bindings: unknown[] = []) =>
    dbConnection.raw(sql, bindings).then((r: any) => r.rows)

  const error = (p: Promise<unknown>) =>
    p
      .then(() => ({ status: 200, data: null }) as any)
      .catch((e: any) => e.response)

  async function waitForRows(sql: string, bindings: unknown[], count: number) {
    for (let i = 0; i < 100; i++) {
      const found = await rows(sql, bindings)
      if (found.length >= count) return found
      await new Promise((r) => setTimeout(r, 100))
    }
    return rows(sql, bindings)
  }

  const customer = (email: string) =>
    registerCustomer(api, getSeed().publishableKey, email)

  return { rows, error, waitForRows, customer }
}

/** A watched item made by {@link watchEveryVariant}, with what it should alert. */
export type SeededWatch = {
  id: string
  customer_id: string
  /** Today's price (so'm). */
  price: number
  /** What the item last saw, as seeded. */
  seen: { price: number; in_stock: boolean }
  watched: boolean
  kinds: ("price_drop" | "back_in_stock")[]
}

/**
 * Customers each watching every variant of the catalog, at least `minItems`
 * items (module inserts: test data, many at once). Item `n` (in creation
 * order) last saw a
 * higher price when `drop(n)`, its variant out of stock when `restock(n)`,
 * and has its alerts off when `off(n)`.
 */
export async function watchEveryVariant(
  container: MedusaContainer,
  seed: SeedResult,
  {
    minItems,
    drop,
    restock,
    off,
  }: {
    minItems: number
    drop: (n: number) => boolean
    restock: (n: number) => boolean
    off: (n: number) => boolean
  }
): Promise<SeededWatch[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product_id", "calculated_price.calculated_amount"],
    context: {
      calculated_price: QueryContext({
        region_id: seed.regionUzId,
        currency_code: "uzs",
      }),
    },
  })
  const lists = Math.ceil(minItems / variants.length)
  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: Array.from({ length: lists }, (_, i) => ({
        email: `watcher-${i}@example.uz`,
      })),
    },
  })
  const service: any = container.resolve("wishlist")
  const wishlists: { id: string; customer_id: string }[] =
    await service.createWishlists(
      customers.map((c) => ({
        customer_id: c.id,
        sales_channel_id: seed.salesChannelId,
      }))
    )
  const plan = wishlists.flatMap((wishlist, l) =>
    variants.map((v: any, i) => {
      const n = l * variants.length + i
      const price = Number(v.calculated_price.calculated_amount)
      const seen = drop(n) ? price + 1000 : price
      return {
        row: {
          wishlist_id: wishlist.id,
          product_variant_id: v.id,
          product_id: v.product_id,
          region_id: seed.regionUzId,
          currency_code: "uzs",
          price_when_added: seen,
          observed_price: seen,
          observed_in_stock: !restock(n),
          price_drop_alert: !off(n),
          back_in_stock_alert: !off(n),
        },
        watch: {
          customer_id: wishlist.customer_id,
          price,
          seen: { price: seen, in_stock: !restock(n) },
          watched: !off(n),
          kinds: off(n)
            ? []
            : [
                ...(drop(n) ? (["price_drop"] as const) : []),
                ...(restock(n) ? (["back_in_stock"] as const) : []),
              ],
        },
      }
    })
  )
  const created: { id: string }[] = await service.createWishlistItems(
    plan.map((p) => p.row)
  )
  return created.map((item, i) => ({ id: item.id, ...plan[i].watch }))
}
