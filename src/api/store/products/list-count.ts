import { createHash } from "node:crypto"
import type { ICachingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { PageFilters } from "./product-page"

/** How long a kept count lives at most (seconds). */
export const COUNT_TTL_SECONDS = 60

/**
 * What a count of products by status, id, handle, collection or type in
 * sales channels depends on: any product created, changed or deleted, and
 * any product added to or taken out of a channel.
 */
const COUNT_TAGS = ["Product:list:*", "LinkProductSalesChannel:list:*"]

/**
 * The list's exact `count` through Medusa's caching module (issue #17): at
 * 10,000 products it is the one part of a page read that scans the catalog.
 * It is kept under the filters and channels, and cleared by the caching
 * module on any product or product-channel event. Counts by tag or category
 * are always counted: adding a product to one changes a pivot table without
 * an event that reaches the cache.
 */
export async function countThroughCache(
  scope: { resolve<T>(key: string): T },
  filters: PageFilters,
  salesChannelIds: string[] | undefined,
  count: () => Promise<number>
): Promise<number> {
  const caching = cachingOf(scope)
  if (!caching || filters.tags || filters.categories) return await count()
  const key = `bozor:store-product-count:${createHash("sha256")
    .update(JSON.stringify([filters, salesChannelIds ?? null]))
    .digest("base64url")}`
  const kept = (await caching.get({ key }).catch(() => null)) as {
    count?: number
  } | null
  if (typeof kept?.count === "number") return kept.count
  const value = await count()
  await caching
    .set({
      key,
      data: { count: value },
      tags: COUNT_TAGS,
      ttl: COUNT_TTL_SECONDS,
    })
    .catch(() => {})
  return value
}

function cachingOf(scope: { resolve<T>(key: string): T }) {
  try {
    return scope.resolve<ICachingModuleService>(Modules.CACHING)
  } catch {
    return undefined
  }
}
