import { createHash } from "node:crypto"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICachingModuleService } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  Modules,
  toCamelCase,
  toPascalCase,
  upperCaseFirst,
} from "@medusajs/framework/utils"
import { productIdsInChannels } from "./product-page"

/**
 * Whole product pages for guests (issue #17). A guest's
 * `GET /store/products/:id` depends only on the URL, the publishable key and
 * the locale, so its answer is kept in Medusa's caching module, tagged by
 * the caching module from the entities in it (product, variants, prices,
 * options, categories…) and with the lists its prices depend on, and cleared
 * on their events like Medusa's own cached reads. What the cache cannot know is read live on every hit:
 * - the product is still in one of the key's sales channels (one query on
 *   the link table; channel links have no event that reaches the product);
 * - stock: a page with `inventory_quantity` gets it recomputed, as Medusa's
 *   handler does, for the key's one sales channel (a key with several takes
 *   the full path).
 * Region and tax-rate changes reach a kept page within its TTL. Pages that
 * ask for categories are not kept (see `asksCategories`).
 */

export const PAGE_TTL_SECONDS = 60

/** The tag Medusa's caching module clears on any event of `entity`. */
const listTag = (entity: string) =>
  `${upperCaseFirst(toCamelCase(entity))}:list:*`

/**
 * What a page's prices depend on without showing the ids: a new price or
 * price list (a sale) has no id in a kept page yet, so any price change
 * clears every kept page.
 */
const PRICE_TAGS = [
  ...["price", "price-set", "price-rule", "price-list", "price-list-rule"].map(
    listTag
  ),
  listTag(toPascalCase("Link_product_variant_price_set")),
]

type PageRequest = MedusaRequest & {
  publishable_key_context?: { key: string; sales_channel_ids: string[] }
}

function cachingOf(req: MedusaRequest): ICachingModuleService | undefined {
  try {
    return req.scope.resolve<ICachingModuleService>(Modules.CACHING)
  } catch {
    return undefined
  }
}

/** The page's cache key, or undefined when this request's page is not kept. */
export function pageKey(req: PageRequest, id: string): string | undefined {
  const headers = req.headers
  // A customer's page carries their group prices: only guests share pages.
  if (headers.authorization || headers.cookie) return undefined
  const key = req.publishable_key_context?.key
  if (!key || asksCategories(req)) return undefined
  const query = new URLSearchParams(
    (req.originalUrl ?? req.url).split("?")[1] ?? ""
  )
  query.sort()
  const hash = createHash("sha256")
    .update(
      JSON.stringify([
        id,
        query.toString(),
        key,
        headers["x-medusa-locale"] ?? null,
        headers["accept-language"] ?? null,
      ])
    )
    .digest("base64url")
  return `bozor:store-product-page:${hash}`
}

/**
 * Answers from a kept page when there is one and the product is still in the
 * key's channels; false when the request must take the full path.
 */
export async function serveKeptPage(
  req: PageRequest,
  res: MedusaResponse,
  id: string,
  key: string
): Promise<boolean> {
  const caching = cachingOf(req)
  if (!caching) return false
  const [page, inChannel] = await Promise.all([
    caching.get({ key }).catch(() => null) as Promise<KeptPage | null>,
    isInChannels(req, id),
  ])
  if (!page || !inChannel) return false
  if (!page.stock) {
    res.json(page.body)
    return true
  }
  const channels = req.publishable_key_context!.sales_channel_ids
  if (channels.length !== 1) return false
  const body = structuredClone(page.body)
  await refreshStock(req, body.product.variants ?? [], channels[0])
  res.json(body)
  return true
}

type Variant = {
  id?: string
  manage_inventory?: boolean
  inventory_quantity?: number | null
}
type KeptPage = { body: { product: { variants?: Variant[] } }; stock: boolean }

/** Keeps the answer the full path is about to send, when it may be kept. */
export function keepPageOnSend(
  req: MedusaRequest,
  res: MedusaResponse,
  key: string
) {
  const caching = cachingOf(req)
  if (!caching) return
  const send = res.json.bind(res)
  res.json = (body: any) => {
    if (res.statusCode === 200 && body?.product) {
      const page: KeptPage = {
        body: structuredClone(body),
        stock: hasStock(body.product),
      }
      // The tags of the entities in the page, which the caching module
      // computes, and those of what its prices depend on.
      caching
        .set({
          key,
          data: page,
          ttl: PAGE_TTL_SECONDS,
          tags: PRICE_TAGS,
          computeAutomaticTags: true,
        })
        .catch(() => {})
    }
    return send(body)
  }
}

/**
 * Adding a product to a category or taking it out emits no event the cache
 * hears (Medusa updates the pivot table), so pages with categories are read
 * live.
 */
export function asksCategories(req: MedusaRequest) {
  return /categories/.test(String(req.query.fields ?? ""))
}

function hasStock(product: { variants?: Variant[] }) {
  return !!product.variants?.some((v) => "inventory_quantity" in v)
}

/** Medusa's stock figure of each managed variant in the sales channel. */
async function refreshStock(
  req: MedusaRequest,
  variants: Variant[],
  sales_channel_id: string
) {
  const managed = variants.filter((v) => v.id && v.manage_inventory)
  if (!managed.length) return
  const availability = await getVariantAvailability(
    req.scope.resolve(ContainerRegistrationKeys.QUERY),
    { variant_ids: managed.map((v) => v.id!), sales_channel_id }
  )
  for (const variant of managed) {
    variant.inventory_quantity = availability[variant.id!].availability
  }
}

async function isInChannels(req: PageRequest, id: string) {
  const channels = req.publishable_key_context?.sales_channel_ids ?? []
  if (!channels.length) return false
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  return (await productIdsInChannels(pg, channels, [id])).length > 0
}
