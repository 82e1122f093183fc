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

type VariantRow = VariantStockData & {
  id: string
  title: string | null
  sku: string | null
  product?: VariantDetails["product"]
}

/**
 * Product, price and stock of all the variants, whatever their number: the
 * product and the price (in `ctx`) in one `query.graph` that Medusa's caching
 * module keeps when the store has one (as Medusa's product list does; it is
 * cleared on product and price events), the stock (in the sales channel) in
 * another, never cached: stock changes must show at once.
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
          "product.title",
          "product.handle",
          "product.thumbnail",
          "calculated_price.calculated_amount",
        ],
        filters: { id: variantIds },
        context: {
          calculated_price: QueryContext(storePricingContext(ctx)),
        },
      },
      { cache: { enable: true } }
    ),
    query.graph({
      entity: "product_variant",
      fields: ["id", ...VARIANT_STOCK_FIELDS],
      filters: { id: variantIds },
    }),
    salesChannelLocationIds(container, sales_channel_id),
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
