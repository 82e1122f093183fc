import {
  ContainerRegistrationKeys,
  QueryContext,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  isVariantInStock,
  salesChannelLocationIds,
  VARIANT_STOCK_FIELDS,
  VariantStockData,
} from "./variant-stock"
import { cachedRead, CUSTOMER_GROUP_TAGS } from "./read-cache"

export type VariantOffer = {
  variant_id: string
  product_id: string
  /** Calculated price in major units, null when the variant has none in this context. */
  price: number | null
  currency_code: string
  in_stock: boolean
}

/**
 * Who is looking and where, as Medusa's store product routes price it
 * (`setPricingContext`): the region and its currency, and the groups of the
 * logged-in customer. `customer_group_ids` undefined means nobody is logged
 * in (no customer in the context, as for an anonymous product page).
 */
export type PricingContextInput = {
  region_id?: string | null
  currency_code: string
  customer_group_ids?: string[]
}

export type OfferContext = PricingContextInput & { sales_channel_id: string }

/**
 * The `calculated_price` context of Medusa's `GET /store/products` for the
 * same shopper: `{ region_id, currency_code, customer: { groups } }`.
 * A price list targeted at a customer group (`customer.groups.id`) applies.
 */
export function storePricingContext(ctx: PricingContextInput) {
  return {
    ...(ctx.region_id ? { region_id: ctx.region_id } : {}),
    currency_code: ctx.currency_code,
    ...(ctx.customer_group_ids && {
      customer: { groups: ctx.customer_group_ids.map((id) => ({ id })) },
    }),
  }
}

/** A stable key of a pricing context, to price each distinct context once. */
export function pricingContextKey(ctx: PricingContextInput) {
  return [
    ctx.region_id ?? "",
    ctx.currency_code,
    ctx.customer_group_ids ? [...ctx.customer_group_ids].sort().join(",") : "-",
  ].join("|")
}

/**
 * The customer groups of each customer, in one read; `cached` reads through
 * Medusa's caching module, cleared when a group or a membership changes.
 */
export async function customerGroupIds(
  container: MedusaContainer,
  customerIds: string[],
  { cached = false }: { cached?: boolean } = {}
): Promise<Map<string, string[]>> {
  const groups = new Map<string, string[]>()
  const ids = [...new Set(customerIds)]
  if (!ids.length) {
    return groups
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: customers } = await query.graph(
    {
      entity: "customer",
      fields: ["id", "groups.id"],
      filters: { id: ids },
    },
    cached ? cachedRead(CUSTOMER_GROUP_TAGS) : undefined
  )
  for (const c of customers as { id: string; groups?: { id: string }[] }[]) {
    groups.set(
      c.id,
      (c.groups ?? []).filter(Boolean).map((g) => g.id)
    )
  }
  // A customer that no longer exists is priced like one without groups.
  for (const id of ids) {
    if (!groups.has(id)) groups.set(id, [])
  }
  return groups
}

/**
 * Calculated prices (major units) of variants in one pricing context: one
 * query for all of them, whatever their number.
 */
export async function loadVariantPrices(
  container: MedusaContainer,
  variantIds: string[],
  ctx: PricingContextInput
): Promise<Map<string, number | null>> {
  const prices = new Map<string, number | null>()
  if (!variantIds.length) {
    return prices
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "calculated_price.calculated_amount"],
    filters: { id: variantIds },
    context: {
      calculated_price: QueryContext(storePricingContext(ctx)),
    },
  })
  for (const v of variants) {
    prices.set(v.id, calculatedAmount(v))
  }
  return prices
}

/** A variant's `calculated_price` amount (major units), null when unpriced. */
export function calculatedAmount(variant: object): number | null {
  // `calculated_price` comes from the query's pricing context, not a typed field.
  const amount = (
    variant as { calculated_price?: { calculated_amount?: unknown } }
  ).calculated_price?.calculated_amount
  return amount === null || amount === undefined ? null : Number(amount)
}

/**
 * Product and stock of variants in a sales channel (one read of the variants
 * with their inventory levels, one of the channel's locations).
 */
export async function loadVariantStock(
  container: MedusaContainer,
  variantIds: string[],
  sales_channel_id: string
): Promise<Map<string, { product_id: string; in_stock: boolean }>> {
  const stock = new Map<string, { product_id: string; in_stock: boolean }>()
  if (!variantIds.length) {
    return stock
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, locationIds] = await Promise.all([
    query.graph({
      entity: "product_variant",
      fields: ["id", "product_id", ...VARIANT_STOCK_FIELDS],
      filters: { id: variantIds },
    }),
    salesChannelLocationIds(container, sales_channel_id),
  ])
  for (const v of variants as (VariantStockData & {
    id: string
    product_id: string
  })[]) {
    stock.set(v.id, {
      product_id: v.product_id,
      in_stock: isVariantInStock(v, locationIds),
    })
  }
  return stock
}

/** Current price and stock of variants in one pricing context and channel. */
export async function loadVariantOffers(
  container: MedusaContainer,
  variantIds: string[],
  ctx: OfferContext
): Promise<Map<string, VariantOffer>> {
  const offers = new Map<string, VariantOffer>()
  const [prices, stock] = await Promise.all([
    loadVariantPrices(container, variantIds, ctx),
    loadVariantStock(container, variantIds, ctx.sales_channel_id),
  ])
  for (const [variant_id, s] of stock) {
    offers.set(variant_id, {
      variant_id,
      product_id: s.product_id,
      price: prices.get(variant_id) ?? null,
      currency_code: ctx.currency_code,
      in_stock: s.in_stock,
    })
  }
  return offers
}
