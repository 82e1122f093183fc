import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { FeatureFlag } from "@medusajs/framework/utils"
import { listProducts } from "./list-products"
import { medusaMiddlewares, runMiddlewares } from "./medusa-chain"
import { keepPageOnSend, pageKey, serveKeptPage } from "./page-cache"
import { retrieveProduct } from "./retrieve-product"

// Medusa's sales-channel step of GET /store/products: it loads the id of
// every product in the channel and filters the list by them all.
const LIST_LINK_FILTER = "applyMaybeLinkFilterIfNecessary"

const medusaList = medusaMiddlewares("/store/products")
const list = medusaList.filter((fn) => fn.name !== LIST_LINK_FILTER)
const retrieve = medusaMiddlewares("/store/products/:id")

/**
 * The storefront's product reads (issue #17), registered as a global
 * middleware on /store/products, which Medusa runs before the routes' own
 * middlewares. It runs those middlewares itself (validation, publishable key
 * channels, default filters, pricing and tax context), then answers:
 * - GET /store/products: without Medusa's sales-channel step, with
 *   `listProducts` (a page in SQL, exact count);
 * - GET /store/products/:id: with `retrieveProduct` (Medusa's handler, the
 *   product read through the caching module); a guest's whole page is kept
 *   (`page-cache.ts`).
 * It steps aside (Medusa's own path) for anything else, when Medusa's Index
 * Module engine is on, when this Medusa version lacks the step it replaces,
 * or with BOZOR_STORE_PRODUCT_LIST=medusa (read per request, so one server
 * can compare both paths).
 */
export async function serveStoreProducts(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) {
  const id = /^\/([^/]+)\/?$/.exec(req.path)?.[1]
  const isList = req.path === "/" || req.path === ""
  if (
    req.method !== "GET" ||
    (!isList && !id) ||
    process.env.BOZOR_STORE_PRODUCT_LIST === "medusa" ||
    FeatureFlag.isFeatureEnabled("index_engine") ||
    list.length !== medusaList.length - 1 ||
    !retrieve.length
  ) {
    return next()
  }
  try {
    if (isList) {
      if (await runMiddlewares(list, req, res)) await listProducts(req, res)
    } else {
      const productId = decodeURIComponent(id!)
      const key = pageKey(req, productId)
      if (key && (await serveKeptPage(req, res, productId, key))) return
      req.params = { ...req.params, id: productId }
      if (key) keepPageOnSend(req, res, key)
      if (await runMiddlewares(retrieve, req, res)) {
        await retrieveProduct(req, res)
      }
    }
  } catch (error) {
    next(error)
  }
}
