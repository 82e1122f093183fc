import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../modules/wishlist/service"
import {
  customerGroupIds,
  loadVariantPrices,
  loadVariantStock,
  pricingContextKey,
  PricingContextInput,
} from "../../../../../workflows/wishlist/utils/variant-offers"

type WishlistRow = {
  id: string
  sales_channel_id: string
  share_token_hash?: string | null
  shared_at?: Date | null
}

/**
 * A wishlist as a storefront shows it: each item with its product, variant,
 * current price (in `region_id`'s currency, else the item's own), the price
 * when it was added and whether it is in stock. `owner` adds alert settings.
 *
 * Prices use the pricing context of Medusa's `GET /store/products` for the
 * viewer: `customer_id` (the logged-in viewer, if any) brings in their
 * customer groups, so group price lists apply. A shared list is priced for
 * whoever looks at it, never with the owner's groups.
 */
export async function wishlistView(
  container: MedusaContainer,
  wishlist: WishlistRow,
  {
    region_id,
    owner,
    customer_id,
  }: { region_id?: string; owner: boolean; customer_id?: string }
) {
  const service: WishlistModuleService = container.resolve(WISHLIST_MODULE)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const items = await service.listWishlistItems(
    { wishlist_id: wishlist.id },
    { order: { created_at: "ASC" } }
  )
  const variantIds = [...new Set(items.map((i) => i.product_variant_id))]
  const { data: variants } = variantIds.length
    ? await query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "title",
          "sku",
          "product.id",
          "product.title",
          "product.handle",
          "product.thumbnail",
        ],
        filters: { id: variantIds },
      })
    : { data: [] }
  const variantById = new Map((variants as any[]).map((v) => [v.id, v]))

  let regionCurrency: string | undefined
  if (region_id) {
    const [region] = await container
      .resolve(Modules.REGION)
      .listRegions({ id: region_id })
    regionCurrency = region?.currency_code
  }
  const customer_group_ids = customer_id
    ? (await customerGroupIds(container, [customer_id])).get(customer_id)
    : undefined
  const contextOf = (item: (typeof items)[number]): PricingContextInput =>
    regionCurrency
      ? {
          region_id: region_id!,
          currency_code: regionCurrency,
          customer_group_ids,
        }
      : {
          region_id: item.region_id ?? null,
          currency_code: item.currency_code,
          customer_group_ids,
        }
  // One price query per distinct context (one when `region_id` is given), and
  // one stock read for the whole list.
  const contexts = new Map<string, PricingContextInput>()
  for (const item of items) {
    const ctx = contextOf(item)
    contexts.set(pricingContextKey(ctx), ctx)
  }
  const prices = new Map<string, Map<string, number | null>>()
  for (const [key, ctx] of contexts) {
    prices.set(key, await loadVariantPrices(container, variantIds, ctx))
  }
  const stock = await loadVariantStock(
    container,
    variantIds,
    wishlist.sales_channel_id
  )

  return {
    id: wishlist.id,
    sales_channel_id: wishlist.sales_channel_id,
    ...(owner && {
      shared: !!wishlist.share_token_hash,
      shared_at: wishlist.shared_at ?? null,
    }),
    items: items.map((item) => {
      const variant = variantById.get(item.product_variant_id)
      const ctx = contextOf(item)
      const price = prices
        .get(pricingContextKey(ctx))
        ?.get(item.product_variant_id)
      return {
        id: item.id,
        product_variant_id: item.product_variant_id,
        product_id: item.product_id,
        product_title: variant?.product?.title ?? null,
        product_handle: variant?.product?.handle ?? null,
        thumbnail: variant?.product?.thumbnail ?? null,
        variant_title: variant?.title ?? null,
        sku: variant?.sku ?? null,
        price:
          price !== null && price !== undefined
            ? { amount: price, currency_code: ctx.currency_code }
            : null,
        price_when_added:
          item.price_when_added !== null && item.price_when_added !== undefined
            ? {
                amount: Number(item.price_when_added),
                currency_code: item.currency_code,
              }
            : null,
        in_stock: stock.get(item.product_variant_id)?.in_stock ?? false,
        ...(owner && {
          price_drop_alert: item.price_drop_alert,
          target_price:
            item.target_price === null || item.target_price === undefined
              ? null
              : Number(item.target_price),
          back_in_stock_alert: item.back_in_stock_alert,
        }),
        created_at: item.created_at,
      }
    }),
  }
}
