import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  QueryContext,
} from "@medusajs/framework/utils"
import {
  calculatedAmount,
  PricingContextInput,
  storePricingContext,
} from "../../../../../workflows/wishlist/utils/variant-offers"
import {
  isVariantInStock,
  salesChannelLocationIds,
  VARIANT_STOCK_FIELDS,
  VariantStockData,
} from "../../../../../workflows/wishlist/utils/variant-stock"
import {
  cachedRead,
  PRICE_TAGS,
  STOCK_TAGS,
} from "../../../../../workflows/wishlist/utils/read-cache"

/** What the wishlist view shows of a variant. */
export type VariantDetails = {
  title: string | null
  sku: string | null
  product: {
    title: string | null
    handle: string | null
    thumbnail: string | null
  } | null
  /** Calculated price in the pricing context (major units), null when unpriced. */
  price: number | null
  in_stock: boolean
}

/** The ids that tag a cached stock read with what it shows. */
const STOCK_ID_FIELDS = [
  "inventory_items.inventory_item_id",
  "inventory_items.inventory.id",
  "inventory_items.inventory.location_levels.id",
]

type VariantRow = VariantStockData & {
  id: string
  title: string | null
  sku: string | null
  product?: VariantDetails["product"]
}

/**
 * Product, price and stock of all the variants, whatever their number: the
 * product and the price (in `ctx`) in one `query.graph`, the stock (in the
 * sales channel) in another, the channel's locations in a third, each kept by
 * Medusa's caching module when the store has one (issue #17).
 *
 * Every read selects the `id` of each entity it shows, so the entry is
 * tagged with them, and names the entity and link lists it depends on
 * ({@link STOCK_TAGS}, {@link PRICE_TAGS}): Medusa clears the entry on the
 * first event of any of them (a price, price list, inventory level,
 * reservation or link change), so a change shows in the next view. Without
 * the ids a cached stock read was never cleared (issue #17, first attempt).
 */
export async function loadVariantDetails(
  container: MedusaContainer,
  variantIds: string[],
  ctx: PricingContextInput,
  sales_channel_id: string
): Promise<Map<string, VariantDetails>> {
  const details = new Map<string, VariantDetails>()
  if (!variantIds.length) {
    return details
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: stock }, locationIds] = await Promise.all([
    query.graph(
      {
        entity: "product_variant",
        fields: [
          "id",
          "title",
          "sku",
          "product.id",
          "product.title",
          "product.handle",
          "product.thumbnail",
          "calculated_price.id",
          "calculated_price.calculated_amount",
        ],
        filters: { id: variantIds },
        context: {
          calculated_price: QueryContext(storePricingContext(ctx)),
        },
      },
      cachedRead(PRICE_TAGS)
    ),
    query.graph(
      {
        entity: "product_variant",
        fields: ["id", ...VARIANT_STOCK_FIELDS, ...STOCK_ID_FIELDS],
        filters: { id: variantIds },
      },
      cachedRead(STOCK_TAGS)
    ),
    salesChannelLocationIds(container, sales_channel_id, { cached: true }),
  ])
  const stockById = new Map(
    (stock as VariantRow[]).map((v) => [v.id, v] as const)
  )
  for (const v of variants as VariantRow[]) {
    details.set(v.id, {
      title: v.title,
      sku: v.sku,
      product: v.product ?? null,
      price: calculatedAmount(v),
      in_stock: isVariantInStock(stockById.get(v.id) ?? {}, locationIds),
    })
  }
  return details
}
