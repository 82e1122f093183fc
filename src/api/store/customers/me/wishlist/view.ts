import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { WISHLIST_MODULE } from "../../../../../modules/wishlist"
import type WishlistModuleService from "../../../../../modules/wishlist/service"
import {
  loadVariantOffers,
  VariantOffer,
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
 */
export async function wishlistView(
  container: MedusaContainer,
  wishlist: WishlistRow,
  { region_id, owner }: { region_id?: string; owner: boolean }
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
  // One price read per pricing context.
  const offers = new Map<string, VariantOffer>()
  const contexts = new Map<
    string,
    { region_id: string | null; currency_code: string }
  >()
  for (const item of items) {
    const ctx = regionCurrency
      ? { region_id: region_id!, currency_code: regionCurrency }
      : { region_id: item.region_id ?? null, currency_code: item.currency_code }
    contexts.set(`${ctx.region_id}|${ctx.currency_code}`, ctx)
  }
  for (const [key, ctx] of contexts) {
    const found = await loadVariantOffers(container, variantIds, {
      ...ctx,
      sales_channel_id: wishlist.sales_channel_id,
    })
    for (const [variantId, offer] of found) {
      offers.set(`${key}|${variantId}`, offer)
    }
  }

  return {
    id: wishlist.id,
    sales_channel_id: wishlist.sales_channel_id,
    ...(owner && {
      shared: !!wishlist.share_token_hash,
      shared_at: wishlist.shared_at ?? null,
    }),
    items: items.map((item) => {
      const variant = variantById.get(item.product_variant_id)
      const key = regionCurrency
        ? `${region_id}|${regionCurrency}`
        : `${item.region_id ?? null}|${item.currency_code}`
      const offer = offers.get(`${key}|${item.product_variant_id}`)
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
          offer && offer.price !== null
            ? { amount: offer.price, currency_code: offer.currency_code }
            : null,
        price_when_added:
          item.price_when_added !== null && item.price_when_added !== undefined
            ? {
                amount: Number(item.price_when_added),
                currency_code: item.currency_code,
              }
            : null,
        in_stock: offer?.in_stock ?? false,
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
