import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  QueryContext,
} from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export type VariantOffer = {
  variant_id: string
  product_id: string
  /** Calculated price in major units, null when the variant has none in this context. */
  price: number | null
  currency_code: string
  in_stock: boolean
}

export type OfferContext = {
  region_id?: string | null
  currency_code: string
  sales_channel_id: string
}

/**
 * Current price (Medusa's calculated price for the region or currency) and
 * stock (Medusa's availability in the sales channel) of variants.
 */
export async function loadVariantOffers(
  container: MedusaContainer,
  variantIds: string[],
  ctx: OfferContext
): Promise<Map<string, VariantOffer>> {
  const offers = new Map<string, VariantOffer>()
  if (!variantIds.length) {
    return offers
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: [
      "id",
      "product_id",
      "manage_inventory",
      "allow_backorder",
      "calculated_price.calculated_amount",
      "calculated_price.currency_code",
    ],
    filters: { id: variantIds },
    context: {
      calculated_price: QueryContext({
        ...(ctx.region_id ? { region_id: ctx.region_id } : {}),
        currency_code: ctx.currency_code,
      }),
    },
  })
  const availability = await getVariantAvailability(query, {
    variant_ids: variantIds,
    sales_channel_id: ctx.sales_channel_id,
  })
  for (const v of variants as any[]) {
    // `calculated_price` is computed by the pricing context, not a typed field.
    const amount = v.calculated_price?.calculated_amount
    offers.set(v.id, {
      variant_id: v.id,
      product_id: v.product_id,
      price: amount === null || amount === undefined ? null : Number(amount),
      currency_code: ctx.currency_code,
      in_stock:
        !v.manage_inventory ||
        !!v.allow_backorder ||
        (availability[v.id]?.availability ?? 0) > 0,
    })
  }
  return offers
}
