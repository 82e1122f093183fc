import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareFunction,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  FeatureFlag,
  QueryContext,
  isPresent,
} from "@medusajs/framework/utils"
import { storeProductRoutesMiddlewares } from "@medusajs/medusa/api/store/products/middlewares"
import { GET as listProductsWithMedusa } from "@medusajs/medusa/api/store/products/route"
import { wrapProductsWithTaxPrices } from "@medusajs/medusa/api/store/products/helpers"
import {
  prepareInventoryQuantityFields,
  wrapVariantsWithInventoryQuantityForSalesChannel,
} from "@medusajs/medusa/api/utils/middlewares/products/variant-inventory-quantity"
import {
  findProductPage,
  isPageable,
  productIdsInChannels,
} from "./product-page"

// Medusa's sales-channel step for GET /store/products: it loads the id of
// every product in the channel and filters the list by them all.
const LINK_FILTER = "applyMaybeLinkFilterIfNecessary"

const medusaChain: MiddlewareFunction[] =
  storeProductRoutesMiddlewares.find(
    (route) =>
      route.matcher === "/store/products" &&
      ([] as string[]).concat(route.method ?? []).includes("GET")
  )?.middlewares ?? []

/**
 * GET /store/products, answered with Medusa's own middlewares (validation,
 * publishable key channels, default filters, pricing and tax context) and
 * handler, except for the sales-channel step: the page of ids and its exact
 * count come from one SQL query each (`findProductPage`), and the page is
 * read with `query.graph` as Medusa does. Filters that query cannot answer
 * exactly still get Medusa's handler, after a cheap sales-channel filter.
 *
 * Registered as a global middleware on /store/products, which Medusa runs
 * before the route's own middlewares; it steps aside for any other request,
 * when Medusa's Index Module engine is on, or when this Medusa version does
 * not have the step it replaces. BOZOR_STORE_PRODUCT_LIST=medusa switches it
 * off (read per request, so one server can compare both paths).
 */
export async function listStoreProducts(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const chain = medusaChain.filter((fn) => fn.name !== LINK_FILTER)
  if (
    process.env.BOZOR_STORE_PRODUCT_LIST === "medusa" ||
    req.method !== "GET" ||
    (req.path !== "/" && req.path !== "") ||
    chain.length !== medusaChain.length - 1 ||
    FeatureFlag.isFeatureEnabled("index_engine")
  ) {
    return next()
  }
  try {
    for (const middleware of chain) {
      if (!(await runMiddleware(middleware, req, res))) return
    }
  } catch (error) {
    return next(error)
  }
  try {
    await respond(req as any, res)
  } catch (error) {
    next(error)
  }
}

/** Runs one middleware; true when it called next() without an error. */
function runMiddleware(
  middleware: MiddlewareFunction,
  req: MedusaRequest,
  res: MedusaResponse
): Promise<boolean> {
  return new Promise((resolve, reject) => {
    let called = false
    const done = (error?: unknown) => {
      called = true
      error ? reject(error) : resolve(true)
    }
    Promise.resolve(middleware(req, res, done)).then(
      () => !called && resolve(false),
      reject
    )
  })
}

async function respond(req: any, res: MedusaResponse) {
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
  const byId = new Map(data.map((p: any) => [p.id, p]))
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
