import type { MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  QueryContext,
  isPresent,
} from "@medusajs/framework/utils"
import { GET as listProductsWithMedusa } from "@medusajs/medusa/api/store/products/route"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/products/variant-inventory-quantity"
import { countThroughCache } from "./list-count"
import {
  findProductPage,
  isPageable,
  productIdsInChannels,
} from "./product-page"

/**
 * GET /store/products after Medusa's own middlewares of the route, except its
 * sales-channel step (see store-products.ts): the page of ids and its exact
 * count come from one SQL query each (`findProductPage`; the count kept in
 * the caching module, `list-count.ts`), and the page is
 * read with `query.graph` as Medusa's handler reads it. Filters that query
 * cannot answer exactly get Medusa's handler, after a one-query channel
 * filter.
 */
export async function listProducts(req: any, res: MedusaResponse) {
  const pg = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const filters = req.filterableFields as Record<string, any>
  const salesChannelIds = await channelsToFilterBy(req)
  delete filters.sales_channel_id

  const { skip = 0, take, order } = req.queryConfig.pagination
  if (!isPageable(filters, order)) {
    // Medusa's handler, with the channel's products found in one query.
    if (salesChannelIds) {
      filters.id = await productIdsInChannels(pg, salesChannelIds, filters.id)
    }
    return await listProductsWithMedusa(req, res as any)
  }

  const page = await findProductPage(pg, {
    filters,
    salesChannelIds,
    order,
    skip,
    take,
    countWith: (count) =>
      countThroughCache(req.scope, filters, salesChannelIds, count),
  })
  const products = page.ids.length
    ? await readProducts(req, page.ids)
    : ([] as any[])
  res.json({ products, count: page.count, offset: skip, limit: take })
}

/**
 * The channels the list is limited to, as Medusa decides: those of the
 * publishable key (or the request), none when the store has one channel.
 */
async function channelsToFilterBy(req: any): Promise<string[] | undefined> {
  const ids = req.filterableFields.sales_channel_id
  if (!isPresent(ids)) return undefined
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { metadata } = await query.graph({
    entity: "sales_channels",
    fields: ["id"],
    pagination: { skip: 0, take: 1 },
  })
  if (!((metadata?.count ?? 0) > 1)) return undefined
  return Array.isArray(ids) ? ids : [ids]
}

/** The page's products as Medusa's handler reads them, in the page's order. */
async function readProducts(req: any, ids: string[]) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(
    req.queryConfig.fields,
    { relation: "variants" }
  )
  const context: Record<string, any> = {}
  if (isPresent(req.pricingContext)) {
    context.variants = { calculated_price: QueryContext(req.pricingContext) }
  }
  const { data } = await query.graph(
    { entity: "product", fields, filters: { id: ids }, context },
    { cache: { enable: true }, locale: req.locale }
  )
  // Copies: the caching module hands out the cached objects themselves, and
  // stock and taxes are written onto the products below.
  const byId = new Map(data.map((p: any) => [p.id, structuredClone(p)]))
  const products = ids.map((id) => byId.get(id)).filter(Boolean) as any[]
  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req,
      products.flatMap((p) => p.variants ?? [])
    )
  }
  await wrapProductsWithTaxPrices(req, products)
  return products
}
