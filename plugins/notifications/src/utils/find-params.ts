import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

/** The largest page any Bozor list route returns. */
export const MAX_PAGE_SIZE = 100

/** `?limit=20` arrives as a string; an empty one stays unset. */
const toInteger = (value: unknown) =>
  typeof value === "string" && value !== "" ? Number(value) : value

/**
 * Medusa's `createFindParams` with bounds: `limit` is an integer from 1 to
 * {@link MAX_PAGE_SIZE} and `offset` a non-negative integer, so a bad page
 * gets a 400 instead of reaching the database.
 */
export function createBoundedFindParams({
  limit = 20,
  offset = 0,
  order,
}: { limit?: number; offset?: number; order?: string } = {}) {
  return createSelectParams().merge(
    z.object({
      offset: z.preprocess(
        toInteger,
        z.number().int().min(0).optional().default(offset)
      ),
      limit: z.preprocess(
        toInteger,
        z.number().int().min(1).max(MAX_PAGE_SIZE).optional().default(limit)
      ),
      order: order
        ? z.string().max(100).optional().default(order)
        : z.string().max(100).optional(),
      with_deleted: z.preprocess(
        (value) =>
          value === "true" ? true : value === "false" ? false : value,
        z.boolean().optional()
      ),
    })
  )
}
