import { randomUUID } from "node:crypto"
import type { ICachingModuleService } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  FeatureFlag,
  Modules,
} from "@medusajs/framework/utils"

type Scope = {
  resolve<T = unknown>(
    key: string,
    options?: { allowUnregistered?: boolean }
  ): T
}

const PREFIX = "bozor-reviews:store"

/** The key holding a product's current cache version (a random token). */
const versionKey = (productId: string) => `${PREFIX}:version:${productId}`

/** Every cached storefront page of a product carries this tag. */
const productTag = (productId: string) => `${PREFIX}:product:${productId}`

/**
 * Medusa's caching module when it is registered and its `caching` feature
 * flag is on (the same condition as `query.graph(..., { cache })`), else
 * undefined: reads then go to the database every time.
 */
function cachingModule(scope: Scope): ICachingModuleService | undefined {
  if (!FeatureFlag.isFeatureEnabled("caching")) {
    return undefined
  }
  return (
    scope.resolve<ICachingModuleService | undefined>(Modules.CACHING, {
      allowUnregistered: true,
    }) ?? undefined
  )
}

/**
 * How long a kept page lives (seconds). Review changes drop it at once (the
 * version token); the product's own changes clear it through Medusa's event
 * tags. The TTL bounds the one case tags cannot: a page read while the
 * product was being unpublished and stored after its event cleared the tag.
 */
export const PAGE_TTL_SECONDS = 60

const pageKeyOf = (productId: string, version: string, query: string) =>
  `${PREFIX}:page:${productId}:${version}:${query}`

/**
 * The request's query string, parameters sorted: the key of its kept page.
 * Only a request that passed the route's validation ever stores a page, so
 * a raw query with a kept page is a valid one.
 */
export function rawQueryKey(req: { originalUrl?: string; url: string }) {
  const query = new URLSearchParams(
    (req.originalUrl ?? req.url).split("?")[1] ?? ""
  )
  query.sort()
  return query.toString()
}

/**
 * The kept page of this product and query, or null: two cache reads, no
 * database. Lets a hit be answered before the route's own middlewares.
 */
export async function keptStoreReviewsPage(
  scope: Scope,
  productId: string,
  query: string
): Promise<object | null> {
  const caching = cachingModule(scope)
  if (!caching) {
    return null
  }
  const version = (
    (await caching.get({ key: versionKey(productId) })) as { v?: string } | null
  )?.v
  if (!version) {
    return null
  }
  return (await caching.get({
    key: pageKeyOf(productId, version, query),
  })) as object | null
}

/**
 * Reads a product's storefront review page (reviews, count and stats)
 * through Medusa's caching module (in memory, or Redis shared by every
 * server). Entries are keyed by the product's current version token and
 * the query; {@link invalidateStoreReviews} drops the token after every
 * committed review change, so the next read misses and loads fresh rows.
 * Entries also carry Medusa's `Product:<id>` tag, so the product's events
 * (unpublished, deleted) clear them.
 *
 * A hit is two cache reads and no database. On a miss `isVisible` (the
 * product exists and is published) runs first: `null` means 404, and
 * nothing is kept for it. The token is fetched (or created) before `load`
 * reads the database: an entry written from rows read before a change
 * committed is stored under the token that change dropped, and no later
 * read asks for it.
 */
export async function readStoreReviewsPage<T extends object>(
  scope: Scope,
  productId: string,
  query: string,
  {
    isVisible,
    load,
  }: { isVisible: () => Promise<boolean>; load: () => Promise<T> }
): Promise<T | null> {
  const caching = cachingModule(scope)
  if (!caching) {
    return (await isVisible()) ? await load() : null
  }
  const vKey = versionKey(productId)
  const pageKey = (v: string) => pageKeyOf(productId, v, query)
  let version = ((await caching.get({ key: vKey })) as { v?: string } | null)?.v
  if (version) {
    const hit = (await caching.get({ key: pageKey(version) })) as T | null
    if (hit) {
      return hit
    }
  }
  if (!(await isVisible())) {
    return null
  }
  if (!version) {
    version = randomUUID()
    try {
      await caching.set({ key: vKey, data: { v: version }, tags: [] })
    } catch (e) {
      logError(scope, `setting the cache version of product ${productId}`, e)
      return await load()
    }
  }
  const data = await load()
  void caching
    .set({
      key: pageKey(version),
      data,
      tags: [productTag(productId), `Product:${productId}`],
      ttl: PAGE_TTL_SECONDS,
    })
    .catch((e) =>
      logError(scope, `caching the reviews page of product ${productId}`, e)
    )
  return data
}

/**
 * Makes the next storefront read of these products' reviews load fresh
 * rows: drops each product's version token (and, to free memory, the
 * entries tagged with it). Call it after the change has committed. A cache
 * failure is logged, not thrown: the change is already committed and a
 * failing step would not undo it; while the cache cannot be reached, reads
 * miss it and go to the database.
 */
export async function invalidateStoreReviews(
  scope: Scope,
  productIds: (string | null | undefined)[]
): Promise<void> {
  const caching = cachingModule(scope)
  const ids = [...new Set(productIds.filter((id): id is string => !!id))]
  if (!caching || !ids.length) {
    return
  }
  try {
    for (const id of ids) {
      await caching.clear({ key: versionKey(id) })
    }
    await caching.clear({ tags: ids.map(productTag) })
  } catch (e) {
    logError(scope, `clearing the cached reviews of ${ids.join(", ")}`, e)
  }
}

function logError(scope: Scope, what: string, e: unknown) {
  const logger = scope.resolve<{ error(msg: string): void } | undefined>(
    ContainerRegistrationKeys.LOGGER,
    { allowUnregistered: true }
  )
  logger?.error(
    `[reviews] Failed ${what}: ${e instanceof Error ? e.message : String(e)}`
  )
}
