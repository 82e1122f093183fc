import { MathBN } from "@medusajs/framework/utils"
import { searchKey } from "@bozor/uz-utils"

/**
 * The product search document (issue #11). Kept apart from `product.ts`
 * (the leading underscore keeps Medusa's search loader from importing it as a
 * definition) so the reindex script and the bench setup build exactly the same
 * documents as the index's own seed and event consumer.
 */

/** Currencies that get a `price_<code>` facet (lowest variant price, major units). */
export const SEARCH_PRICE_CURRENCIES = ["uzs", "usd", "eur", "rub"] as const

export type SearchPriceCurrency = (typeof SEARCH_PRICE_CURRENCIES)[number]

/** What `query.graph` reads for one product. */
export const PRODUCT_SEARCH_GRAPH_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "thumbnail",
  "status",
  "metadata",
  "sales_channels.id",
  "categories.id",
  "categories.name",
  "collection.id",
  "collection.title",
  "tags.value",
  "variants.id",
  "variants.sku",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_list_id",
  "variants.prices.rules_count",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

type Level = {
  stocked_quantity?: unknown
  reserved_quantity?: unknown
} | null
type Variant = {
  id?: string
  sku?: string | null
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  prices?:
    | ({
        amount?: unknown
        currency_code?: string | null
        price_list_id?: string | null
        rules_count?: number | null
      } | null)[]
    | null
  inventory_items?:
    | ({ inventory?: { location_levels?: Level[] | null } | null } | null)[]
    | null
} | null

export type ProductSearchRow = {
  id: string
  title?: string | null
  subtitle?: string | null
  description?: string | null
  handle?: string | null
  thumbnail?: string | null
  status?: string | null
  metadata?: Record<string, unknown> | null
  sales_channels?: ({ id: string } | null)[] | null
  categories?: ({ id: string; name?: string | null } | null)[] | null
  collection?: { id: string; title?: string | null } | null
  tags?: ({ value?: string | null } | null)[] | null
  variants?: Variant[] | null
}

export type ProductSearchDocument = {
  id: string
  title: string | null
  title_ru: string | null
  subtitle: string | null
  description: string | null
  handle: string | null
  thumbnail: string | null
  status: string | null
  sales_channel_ids: string[]
  skus: string[]
  category_ids: string[]
  category_names: string[]
  collection_id: string | null
  collection_title: string | null
  tags: string[]
  in_stock: boolean
  price_uzs: number | null
  price_usd: number | null
  price_eur: number | null
  price_rub: number | null
  title_key: string
  keywords_key: string
  description_key: string
}

function present<T>(values: (T | null | undefined)[] | null | undefined): T[] {
  return (values ?? []).filter((v): v is T => v !== null && v !== undefined)
}

/** A variant can be sold when stock is not managed, backorders are allowed, or some is available. */
function variantInStock(variant: NonNullable<Variant>): boolean {
  if (!variant.manage_inventory || variant.allow_backorder) {
    return true
  }
  let available = MathBN.convert(0)
  for (const item of present(variant.inventory_items)) {
    for (const level of present(item.inventory?.location_levels)) {
      available = MathBN.add(
        available,
        MathBN.sub(
          MathBN.convert((level.stocked_quantity as number) ?? 0),
          MathBN.convert((level.reserved_quantity as number) ?? 0)
        )
      )
    }
  }
  return MathBN.gt(available, 0)
}

/**
 * The lowest base price (no price list, no rules) per currency, in major
 * units. Compared with MathBN; converted to a number only for the index,
 * whose facets and range filters need a number.
 */
function lowestPrices(variants: NonNullable<Variant>[]) {
  const lowest: Partial<
    Record<SearchPriceCurrency, ReturnType<typeof MathBN.convert>>
  > = {}
  for (const variant of variants) {
    for (const price of present(variant.prices)) {
      const code = price.currency_code?.toLowerCase() as SearchPriceCurrency
      if (!SEARCH_PRICE_CURRENCIES.includes(code)) {
        continue
      }
      if (price.price_list_id || (price.rules_count ?? 0) > 0) {
        continue
      }
      if (price.amount === null || price.amount === undefined) {
        continue
      }
      const amount = MathBN.convert(price.amount as number)
      const current = lowest[code]
      if (!current || MathBN.lt(amount, current)) {
        lowest[code] = amount
      }
    }
  }
  const out = {} as Record<`price_${SearchPriceCurrency}`, number | null>
  for (const code of SEARCH_PRICE_CURRENCIES) {
    const value = lowest[code]
    out[`price_${code}`] = value ? value.toNumber() : null
  }
  return out
}

export function toProductSearchDocument(
  row: ProductSearchRow
): ProductSearchDocument {
  const variants = present(row.variants)
  const categories = present(row.categories)
  const tags = present(row.tags)
    .map((tag) => tag.value)
    .filter((value): value is string => !!value)
  const skus = variants
    .map((variant) => variant.sku)
    .filter((sku): sku is string => !!sku)
  const categoryNames = categories
    .map((category) => category.name)
    .filter((name): name is string => !!name)
  const collectionTitle = row.collection?.title ?? null
  const metaText = (key: string) => {
    const value = row.metadata?.[key]
    return typeof value === "string" && value ? value : null
  }
  const titleRu = metaText("title_ru")

  return {
    id: row.id,
    title: row.title ?? null,
    title_ru: titleRu,
    subtitle: row.subtitle ?? null,
    description: row.description ?? null,
    handle: row.handle ?? null,
    thumbnail: row.thumbnail ?? null,
    status: row.status ?? null,
    sales_channel_ids: present(row.sales_channels).map((sc) => sc.id),
    skus,
    category_ids: categories.map((category) => category.id),
    category_names: categoryNames,
    collection_id: row.collection?.id ?? null,
    collection_title: collectionTitle,
    tags,
    in_stock: variants.some(variantInStock),
    ...lowestPrices(variants),
    title_key: searchKey([row.title, titleRu].filter(Boolean).join(" ")),
    keywords_key: searchKey(
      [
        row.subtitle,
        row.handle?.replace(/-/g, " "),
        collectionTitle,
        ...categoryNames,
        ...tags,
        ...skus,
      ]
        .filter(Boolean)
        .join(" ")
    ),
    description_key: searchKey(
      [row.description, metaText("description_ru")].filter(Boolean).join(" ")
    ),
  }
}

/**
 * Products indexed. Drafts and other non-published products are indexed too:
 * `/store/search` narrows to `status = published` itself, and the admin may
 * search everything through the module.
 */
export function toProductSearchDocuments(
  rows: ProductSearchRow[]
): ProductSearchDocument[] {
  return rows.map(toProductSearchDocument)
}
