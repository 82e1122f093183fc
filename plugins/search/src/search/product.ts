import {
  defineSearchIndex,
  graphConsume,
  graphSeed,
  search,
} from "@medusajs/framework/utils"
import type { SearchTypes } from "@medusajs/framework/types"
import {
  PRODUCT_SEARCH_GRAPH_FIELDS,
  ProductSearchRow,
  toProductSearchDocuments,
} from "./_product-documents"
import { searchSynonyms } from "./_synonyms"

/**
 * The product search index (issue #11), served by the Search Module's default
 * provider (PostgreSQL unless SEARCH_PROVIDER=meilisearch) and exposed on
 * `POST /store/search` by `src/api/store/search/middlewares.ts`.
 */

/**
 * Free text is matched on the `*_key` fields: the original text transliterated
 * to Latin and folded by `searchKey`, so a Cyrillic query (transliterated the
 * same way) finds a Latin product and the reverse, on any provider. The
 * original fields are returned on hits.
 */
const productSearchFields = search.define({
  id: search.keyword().filterable(),
  title: search.text().sortable(),
  /** Russian title (the demo catalog keeps it in `metadata.title_ru`). */
  title_ru: search.text(),
  subtitle: search.text(),
  description: search.text(),
  handle: search.keyword().filterable(),
  thumbnail: search.keyword(),
  status: search.keyword().filterable(),
  sales_channel_ids: search.keyword().array().filterable(),
  skus: search.keyword().array().filterable(),
  category_ids: search.keyword().array().filterable().facetable(),
  category_names: search.keyword().array().filterable().facetable(),
  collection_id: search.keyword().filterable().facetable(),
  collection_title: search.keyword().filterable().facetable(),
  tags: search.keyword().array().filterable().facetable(),
  in_stock: search.boolean().filterable().facetable(),
  price_uzs: search
    .float()
    .filterable()
    .sortable()
    .facetable({
      types: ["range", "stats"],
    }),
  price_usd: search
    .float()
    .filterable()
    .sortable()
    .facetable({
      types: ["range", "stats"],
    }),
  price_eur: search
    .float()
    .filterable()
    .sortable()
    .facetable({
      types: ["range", "stats"],
    }),
  price_rub: search
    .float()
    .filterable()
    .sortable()
    .facetable({
      types: ["range", "stats"],
    }),
  title_key: search.text().searchable({ weight: 3 }).retrievable(false),
  keywords_key: search.text().searchable({ weight: 2 }).retrievable(false),
  description_key: search.text().searchable({ weight: 1 }).retrievable(false),
})

/** Events that change a product's document, with how to find the products. */
export const PRODUCT_SEARCH_EVENTS = {
  product: ["product.created", "product.updated", "product.deleted"],
  variant: [
    "product-variant.created",
    "product-variant.updated",
    "product-variant.deleted",
  ],
  price: [
    "pricing.price.created",
    "pricing.price.updated",
    "pricing.price.deleted",
  ],
  inventory: [
    "inventory.inventory-level.created",
    "inventory.inventory-level.updated",
    "inventory.inventory-level.deleted",
    "inventory-item.updated",
  ],
} as const

type Ctx = SearchTypes.SearchIngestionContext
type Graph = Ctx["container"]["query"]["graph"]

function eventIds(data: unknown): string[] {
  const raw = (data as { id?: string | string[] } | undefined)?.id
  if (!raw) {
    return []
  }
  return Array.isArray(raw) ? raw : [raw]
}

async function graphRows(
  ctx: Ctx,
  input: Record<string, unknown>
): Promise<Record<string, any>[]> {
  const graph = ctx.container.query.graph as unknown as (
    args: Record<string, unknown>
  ) => Promise<{ data: Record<string, any>[] }>
  const { data } = await graph(input)
  return data ?? []
}

async function productIdsOfVariants(ctx: Ctx, variantIds: string[]) {
  if (!variantIds.length) {
    return []
  }
  const rows = await graphRows(ctx, {
    entity: "product_variant",
    fields: ["id", "product_id"],
    filters: { id: variantIds },
    withDeleted: true,
  })
  return rows.map((row) => row.product_id).filter(Boolean) as string[]
}

async function resolveProductIds(
  event: { name: string; data?: unknown },
  ctx: Ctx
): Promise<string[]> {
  const ids = eventIds(event.data)
  if (!ids.length) {
    return []
  }
  const name = event.name
  try {
    if ((PRODUCT_SEARCH_EVENTS.product as readonly string[]).includes(name)) {
      return ids
    }
    if ((PRODUCT_SEARCH_EVENTS.variant as readonly string[]).includes(name)) {
      return await productIdsOfVariants(ctx, ids)
    }
    if ((PRODUCT_SEARCH_EVENTS.price as readonly string[]).includes(name)) {
      const prices = await graphRows(ctx, {
        entity: "price",
        fields: ["id", "price_set_id"],
        filters: { id: ids },
        withDeleted: true,
      })
      const priceSetIds = prices.map((p) => p.price_set_id).filter(Boolean)
      if (!priceSetIds.length) {
        return []
      }
      const sets = await graphRows(ctx, {
        entity: "price_set",
        fields: ["id", "variant.id", "variant.product_id"],
        filters: { id: priceSetIds },
      })
      return sets
        .map((set) => set.variant?.product_id)
        .filter(Boolean) as string[]
    }
    // Inventory: a level or an item → its variants → their products.
    let itemIds = ids
    if (name.startsWith("inventory.inventory-level.")) {
      const levels = await graphRows(ctx, {
        entity: "inventory_level",
        fields: ["id", "inventory_item_id"],
        filters: { id: ids },
        withDeleted: true,
      })
      itemIds = levels.map((l) => l.inventory_item_id).filter(Boolean)
    }
    if (!itemIds.length) {
      return []
    }
    const items = await graphRows(ctx, {
      entity: "inventory_item",
      fields: ["id", "variants.id", "variants.product_id"],
      filters: { id: itemIds },
    })
    return items.flatMap((item) =>
      ((item.variants ?? []) as { product_id?: string }[])
        .map((v) => v?.product_id)
        .filter((id): id is string => !!id)
    )
  } catch (error) {
    ctx.container.logger.warn(
      `[search] could not map "${name}" to products: ${(error as Error).message}`
    )
    return []
  }
}

export type { Graph }

export default defineSearchIndex({
  name: "product",
  entity: "product",
  fields: productSearchFields,
  settings: {
    typo_tolerance: {
      enabled: true,
      min_word_size_for_one_typo: 4,
      min_word_size_for_two_typos: 8,
    },
    provider_options: {
      meilisearch: { synonyms: searchSynonyms() },
    },
  },
  events: [
    ...PRODUCT_SEARCH_EVENTS.product,
    ...PRODUCT_SEARCH_EVENTS.variant,
    ...PRODUCT_SEARCH_EVENTS.price,
    ...PRODUCT_SEARCH_EVENTS.inventory,
  ],
  consume: graphConsume<typeof productSearchFields, ProductSearchRow>({
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    transform: (rows) => toProductSearchDocuments(rows),
    resolve_ids: (event, ctx) => resolveProductIds(event, ctx),
    // Only the product's own deletion removes its document; a deleted
    // variant, price or level re-reads the product.
    is_delete: (event) => event.name === "product.deleted",
  }),
  seed: graphSeed<typeof productSearchFields, ProductSearchRow>({
    fields: PRODUCT_SEARCH_GRAPH_FIELDS,
    transform: (rows) => toProductSearchDocuments(rows),
    batch_size: 200,
  }),
})
