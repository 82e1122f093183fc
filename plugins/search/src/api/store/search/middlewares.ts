import {
  configureStoreSearch,
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { searchKey } from "@bozor/uz-utils"
import { StoreSearchBounds } from "./validators"

/**
 * `POST /store/search` (issue #11) is Medusa's own route. This opts the
 * product index in (Medusa narrows it to published products in the
 * publishable key's sales channels) and normalises the shopper's query the
 * way the index's `*_key` fields were built: Cyrillic → Latin, oʻ/gʻ folded,
 * lower case. Typo tolerance is on unless the client turns it off.
 */

type SearchQueryBody = {
  filters?: Record<string, unknown>
  search_options?: Record<string, unknown>
}

function normaliseQuery(query: SearchQueryBody | undefined) {
  if (!query || typeof query !== "object") {
    return
  }
  const q = query.filters?.q
  if (typeof q === "string") {
    query.filters = { ...query.filters, q: searchKey(q) }
  }
  const options = query.search_options
  if (!options || options.typo_tolerance === undefined) {
    query.search_options = { ...(options ?? {}), typo_tolerance: true }
  }
}

function normaliseBody(body: unknown) {
  if (!body || typeof body !== "object") {
    return
  }
  const queries = (body as { queries?: unknown }).queries
  if (Array.isArray(queries)) {
    queries.forEach((query) => normaliseQuery(query as SearchQueryBody))
    return
  }
  normaliseQuery(body as SearchQueryBody)
}

/**
 * Refuses a body outside Bozor's bounds (`./validators.ts`, issue #14) with a
 * 400 before Medusa's validation, its route or any engine sees it.
 */
export function boundStoreSearch(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  if (req.method !== "POST") {
    return next()
  }
  const result = StoreSearchBounds.safeParse(req.body ?? {})
  if (result.success) {
    return next()
  }
  const messages = [
    ...new Set(result.error.issues.slice(0, 3).map((issue) => issue.message)),
  ]
  next(
    new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Invalid request: ${messages.join("; ")}`
    )
  )
}

/** Rewrites the body before and after Medusa's own validation, whichever runs first. */
export function transliterateStoreSearch(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  normaliseBody(req.body)
  normaliseBody((req as { validatedBody?: unknown }).validatedBody)
  next()
}

export const storeSearchMiddlewares: MiddlewareRoute[] = [
  {
    // No `methods`: Medusa runs method-less middlewares before the route's own
    // ones, so the bounds hold before Medusa's recursive filter schema parses
    // a crafted tree (2 000 nested `$not` overflowed its stack: a 500).
    matcher: "/store/search",
    middlewares: [boundStoreSearch],
  },
  {
    methods: ["POST"],
    matcher: "/store/search",
    middlewares: [
      configureStoreSearch({ allowed_indexes: { product: true } }),
      transliterateStoreSearch,
    ],
  },
]
