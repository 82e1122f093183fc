import type { MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
  QueryContext,
} from "@medusajs/framework/utils"
import {
  filterOutInternalProductCategories,
  wrapProductsWithTaxPrices,
} from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/products/variant-inventory-quantity"
import { asksCategories } from "./page-cache"

/**
 * GET /store/products/:id as Medusa's handler answers it, with the product
 * read through Medusa's caching module (`cache: { enable: true }`, as its
 * list route does; cleared on the product's and its prices' events), unless
 * it asks for categories. The
 * cached read asks for the id alone and the filters Medusa's middlewares set
 * (published, in the key's channels) are checked on the answer: an empty
 * answer carries no entity to clear it by, and would hide a product set back
 * to published.
 */
export async function retrieveProduct(req: any, res: MedusaResponse) {
  const { fields, withInventoryQuantity } = prepareInventoryQuantityFields(
    req.queryConfig.fields,
    { relation: "variants" }
  )
  const context: Record<string, any> = {}
  if (req.pricingContext) {
    context.variants = { calculated_price: QueryContext(req.pricingContext) }
  }
  const withCategories = fields.some((f: string) => f.startsWith("categories"))
  if (!fields.includes("categories.is_internal")) {
    fields.push("categories.is_internal")
  }
  const { id, status, ...otherFilters } = req.filterableFields
  const inChannel = id === undefined || [id].flat().includes(req.params.id)
  const withStatus = fields.includes("status")
  if (status !== undefined && !withStatus) fields.push("status")
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = inChannel
    ? await query.graph(
        {
          entity: "product",
          filters: { id: req.params.id, ...otherFilters },
          context,
          fields,
        },
        // Category membership changes emit no event to clear it by.
        { cache: { enable: !asksCategories(req) }, locale: req.locale }
      )
    : { data: [] }
  // A copy: the caching module hands out the cached objects themselves.
  const product =
    data[0] && [status ?? data[0].status].flat().includes(data[0].status)
      ? structuredClone(data[0])
      : undefined
  if (product && !withStatus) delete product.status
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Product with id: ${req.params.id} was not found`
    )
  }
  if (withInventoryQuantity) {
    await wrapVariantsWithInventoryQuantityForSalesChannel(
      req,
      product.variants ?? []
    )
  }
  if (withCategories) {
    filterOutInternalProductCategories([product])
  }
  await wrapProductsWithTaxPrices(req, [product])
  res.json({ product })
}
