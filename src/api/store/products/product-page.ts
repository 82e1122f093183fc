import type { Knex } from "@medusajs/framework/mikro-orm/knex"

type Ids = string | string[]

/**
 * The store product list's filters (after Medusa's own middlewares) that
 * `findProductPage` answers in SQL. Anything else (`q`, `title`, variants,
 * options, dates, `$and`/`$or`...) goes through Medusa's path.
 */
export type PageFilters = {
  status?: string
  id?: Ids
  handle?: Ids
  collection_id?: Ids
  type_id?: Ids
  tags?: { id: Ids }
  categories?: { id: Ids; is_active?: boolean; is_internal?: boolean }
}

const ORDERABLE = new Set(["id", "title", "handle", "created_at", "updated_at"])
const PLAIN = ["status", "id", "handle", "collection_id", "type_id"] as const

const list = (value: Ids) => (Array.isArray(value) ? value : [value])

const onlyKeys = (value: unknown, keys: string[]) =>
  !!value &&
  typeof value === "object" &&
  !Array.isArray(value) &&
  Object.keys(value).every((k) => keys.includes(k))

const isIds = (value: unknown) =>
  typeof value === "string" ||
  (Array.isArray(value) && value.every((v) => typeof v === "string"))

/** Whether `findProductPage` answers these filters exactly. */
export function isPageable(
  filters: Record<string, unknown>,
  order?: Record<string, string>
): filters is PageFilters {
  for (const [key, value] of Object.entries(filters)) {
    if ((PLAIN as readonly string[]).includes(key)) {
      if (!isIds(value)) return false
    } else if (key === "tags") {
      if (!onlyKeys(value, ["id"]) || !isIds((value as any).id)) return false
    } else if (key === "categories") {
      if (!onlyKeys(value, ["id", "is_active", "is_internal"])) return false
      if (!isIds((value as any).id)) return false
    } else {
      return false
    }
  }
  const orderKeys = Object.keys(order ?? {})
  return (
    orderKeys.length <= 1 &&
    orderKeys.every(
      (k) => ORDERABLE.has(k) && /^(ASC|DESC)$/i.test(String(order![k]))
    )
  )
}

/**
 * One page of the store product list and its exact count, straight from the
 * product and link tables: the products of the given sales channels that
 * match `filters`, in Medusa's order (the requested field, then id).
 * Medusa's own path first loads the id of every product in the channel, so
 * its cost grows with the catalog; this one grows with the page.
 */
export async function findProductPage(
  pg: Knex,
  {
    filters,
    salesChannelIds,
    order,
    skip,
    take,
    countWith = (count) => count(),
  }: {
    filters: PageFilters
    salesChannelIds?: string[]
    order?: Record<string, string>
    skip: number
    take: number
    /** Runs the count query, or answers it otherwise (a cache). */
    countWith?: (count: () => Promise<number>) => Promise<number>
  }
): Promise<{ ids: string[]; count: number }> {
  const where = (qb: Knex.QueryBuilder) => {
    qb.from("product as p").whereNull("p.deleted_at")
    for (const key of PLAIN) {
      const value = filters[key]
      if (value !== undefined) qb.whereIn(`p.${key}`, list(value))
    }
    if (salesChannelIds) {
      qb.whereExists((sub) =>
        sub
          .select(pg.raw("1"))
          .from("product_sales_channel as psc")
          .whereRaw("psc.product_id = p.id")
          .whereNull("psc.deleted_at")
          .whereIn("psc.sales_channel_id", salesChannelIds)
      )
    }
    if (filters.tags) {
      qb.whereExists((sub) =>
        sub
          .select(pg.raw("1"))
          .from("product_tags as pt")
          .join("product_tag as t", "t.id", "pt.product_tag_id")
          .whereRaw("pt.product_id = p.id")
          .whereNull("t.deleted_at")
          .whereIn("t.id", list(filters.tags!.id))
      )
    }
    if (filters.categories) {
      const { id, is_active, is_internal } = filters.categories
      qb.whereExists((sub) => {
        sub
          .select(pg.raw("1"))
          .from("product_category_product as pcp")
          .join("product_category as c", "c.id", "pcp.product_category_id")
          .whereRaw("pcp.product_id = p.id")
          .whereNull("c.deleted_at")
          .whereIn("c.id", list(id))
        if (is_active !== undefined) sub.where("c.is_active", is_active)
        if (is_internal !== undefined) sub.where("c.is_internal", is_internal)
      })
    }
    return qb
  }

  const [field, direction] = Object.entries(order ?? { id: "ASC" })[0]
  const page = where(pg.queryBuilder())
    .select("p.id")
    .orderBy(`p.${field}`, direction.toLowerCase() as "asc" | "desc")
    .limit(take)
    .offset(skip)
  if (field !== "id") page.orderBy("p.id", "asc")
  const total = async () => {
    const [{ count }] = await where(pg.queryBuilder()).count({ count: "*" })
    return Number(count)
  }

  const [rows, count] = await Promise.all([page, countWith(total)])
  return { ids: rows.map((r: { id: string }) => r.id), count }
}

/** The ids of the products in the given sales channels (among `ids` when set). */
export async function productIdsInChannels(
  pg: Knex,
  salesChannelIds: string[],
  ids?: Ids
): Promise<string[]> {
  const query = pg("product_sales_channel")
    .distinct("product_id")
    .whereNull("deleted_at")
    .whereIn("sales_channel_id", salesChannelIds)
  if (ids !== undefined) query.whereIn("product_id", list(ids))
  const rows = await query
  return rows.map((r: { product_id: string }) => r.product_id)
}
