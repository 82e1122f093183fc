import { z } from "@medusajs/framework/zod"
import { searchKey } from "@bozor/uz-utils"

/**
 * Bounds Bozor puts on `POST /store/search` on top of Medusa's own schema
 * (`@medusajs/medusa/api/store/search/validators`), which accepts any JSON
 * scalar as `filters.q` and any length (issue #14: a number gave a 500, 90 000
 * characters a PostgreSQL "stack depth limit exceeded", 15 000 words 11 s).
 * Documented in the plugin's README.md.
 */

/** Longest free-text query, in characters (before transliteration). */
export const MAX_SEARCH_QUERY_LENGTH = 200
/** Most terms (runs of letters or digits, after transliteration) in a query. */
export const MAX_SEARCH_QUERY_TERMS = 20
/** Deepest `pagination.skip`: no storefront pages further into a result list. */
export const MAX_SEARCH_SKIP = 10_000
/** Most facets one query asks for. */
export const MAX_SEARCH_FACETS = 20
/** Deepest nesting of `$and` / `$or` / `$not` and field objects in `filters`. */
export const MAX_SEARCH_FILTER_DEPTH = 8

/** The terms the engines see: `searchKey` form, split on non-letters. */
export function searchTerms(q: string): string[] {
  return searchKey(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

const SearchText = z
  .string({ error: "filters.q must be a string" })
  .max(
    MAX_SEARCH_QUERY_LENGTH,
    `filters.q must be at most ${MAX_SEARCH_QUERY_LENGTH} characters`
  )
  .refine((q) => searchTerms(q).length <= MAX_SEARCH_QUERY_TERMS, {
    message: `filters.q must have at most ${MAX_SEARCH_QUERY_TERMS} words`,
  })

function depth(value: unknown, level = 0): number {
  if (level > MAX_SEARCH_FILTER_DEPTH) {
    // Deep enough to refuse; stop walking a crafted tree.
    return level
  }
  if (!value || typeof value !== "object") {
    return level
  }
  let max = level
  for (const child of Object.values(value as Record<string, unknown>)) {
    max = Math.max(max, depth(child, level + 1))
    if (max > MAX_SEARCH_FILTER_DEPTH) {
      break
    }
  }
  return max
}

const Filters = z
  .object({ q: SearchText.optional() })
  .passthrough()
  .refine((filters) => depth(filters) <= MAX_SEARCH_FILTER_DEPTH, {
    message: `filters may nest at most ${MAX_SEARCH_FILTER_DEPTH} levels`,
  })

const Facet = z.union([
  z.string(),
  z
    .object({
      query: z
        .string()
        .max(
          MAX_SEARCH_QUERY_LENGTH,
          `A facet query must be at most ${MAX_SEARCH_QUERY_LENGTH} characters`
        )
        .optional(),
    })
    .passthrough(),
])

/**
 * One query of the body. Only the bounded keys are checked here; everything
 * else is left to Medusa's schema, which also rejects unknown keys.
 */
const BoundedSearchQuery = z
  .object({
    filters: Filters.optional(),
    pagination: z
      .object({
        skip: z
          .number()
          .int()
          .min(0)
          .max(
            MAX_SEARCH_SKIP,
            `pagination.skip must be at most ${MAX_SEARCH_SKIP}`
          )
          .optional(),
      })
      .passthrough()
      .optional(),
    search_options: z
      .object({
        facets: z
          .array(Facet)
          .max(
            MAX_SEARCH_FACETS,
            `search_options.facets may list at most ${MAX_SEARCH_FACETS} facets`
          )
          .optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough()

/** Body of `POST /store/search`: one query, or a batch in `queries`. */
export const StoreSearchBounds = BoundedSearchQuery.extend({
  queries: z.array(BoundedSearchQuery).optional(),
}).passthrough()
