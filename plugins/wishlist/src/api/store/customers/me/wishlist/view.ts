import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../modules/wishlist/service"
import type { WishlistItemRow } from "../../../../../modules/wishlist/utils/item-rows"
import {
  customerGroupIds,
  loadVariantPrices,
  pricingContextKey,
  PricingContextInput,
} from "../../../../../workflows/wishlist/utils/variant-offers"
import {
  cachedRead,
  listTag,
} from "../../../../../workflows/wishlist/utils/read-cache"
import { loadVariantDetails, VariantDetails } from "./variant-details"

type WishlistRow = {
  id: string
  sales_channel_id: string
  share_token_hash?: string | null
  shared_at?: Date | null
}

const amountOf = (value: string | null) =>
  value === null || value === undefined ? null : Number(value)

/**
 * A wishlist as a storefront shows it: each item with its product, variant,
 * current price (in `region_id`'s currency, else the item's own), the price
 * when it was added and whether it is in stock. `owner` adds alert settings.
 *
 * Prices use the pricing context of Medusa's `GET /store/products` for the
 * viewer: `customer_id` (the logged-in viewer, if any) brings in their
 * customer groups, so group price lists apply. A shared list is priced for
 * whoever looks at it, never with the owner's groups.
 *
 * Issue #17: the reads do not grow with the list. The variants are read once
 * (product and price, then stock); only a list viewed without `region_id`
 * whose items were saved in several regions or currencies adds one price
 * read per further context. The list's own rows are read as they are on
 * every view; what it shows of Medusa's data (region, groups, prices, stock,
 * locations) goes through Medusa's caching module, cleared by Medusa's events
 * (see `loadVariantDetails`).
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
  const [items, regionCurrency, customer_group_ids] = await Promise.all([
    service.listItemRows(wishlist.id),
    region_id ? regionCurrencyOf(container, region_id) : undefined,
    customer_id
      ? customerGroupIds(container, [customer_id], { cached: true }).then((g) =>
          g.get(customer_id)
        )
      : undefined,
  ])

  const contextOf = (item: WishlistItemRow): PricingContextInput =>
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
  const contexts = new Map<
    string,
    { ctx: PricingContextInput; variantIds: Set<string> }
  >()
  for (const item of items) {
    const ctx = contextOf(item)
    const key = pricingContextKey(ctx)
    const entry = contexts.get(key) ?? { ctx, variantIds: new Set() }
    entry.variantIds.add(item.product_variant_id)
    contexts.set(key, entry)
  }
  const [first, ...others] = [...contexts.keys()]
  const variantIds = [...new Set(items.map((i) => i.product_variant_id))]
  const [details, ...otherPrices] = await Promise.all([
    first
      ? loadVariantDetails(
          container,
          variantIds,
          contexts.get(first)!.ctx,
          wishlist.sales_channel_id
        )
      : new Map<string, VariantDetails>(),
    ...others.map((key) => {
      const { ctx, variantIds } = contexts.get(key)!
      return loadVariantPrices(container, [...variantIds], ctx)
    }),
  ])
  const pricesByContext = new Map(others.map((key, i) => [key, otherPrices[i]]))
  const priceOf = (item: WishlistItemRow, key: string) =>
    key === first
      ? details.get(item.product_variant_id)?.price
      : pricesByContext.get(key)?.get(item.product_variant_id)

  return {
    id: wishlist.id,
    sales_channel_id: wishlist.sales_channel_id,
    ...(owner && {
      shared: !!wishlist.share_token_hash,
      shared_at: wishlist.shared_at ?? null,
    }),
    items: items.map((item) => {
      const variant = details.get(item.product_variant_id)
      const ctx = contextOf(item)
      const price = priceOf(item, pricingContextKey(ctx))
      const priceWhenAdded = amountOf(item.price_when_added)
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
          priceWhenAdded !== null
            ? { amount: priceWhenAdded, currency_code: item.currency_code }
            : null,
        in_stock: variant?.in_stock ?? false,
        ...(owner && {
          price_drop_alert: item.price_drop_alert,
          target_price: amountOf(item.target_price),
          back_in_stock_alert: item.back_in_stock_alert,
        }),
        created_at: item.created_at,
      }
    }),
  }
}

/**
 * The currency of a region, undefined when there is no such region; through
 * Medusa's caching module, cleared when a region changes.
 */
async function regionCurrencyOf(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "region", fields: ["id", "currency_code"], filters: { id } },
    cachedRead([listTag("region")])
  )
  return (data[0] as { currency_code?: string } | undefined)?.currency_code
}
