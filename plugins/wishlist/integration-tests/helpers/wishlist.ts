import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
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
