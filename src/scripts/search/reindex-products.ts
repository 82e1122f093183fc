import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import { dirname } from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  PRODUCT_SEARCH_GRAPH_FIELDS,
  ProductSearchRow,
  toProductSearchDocuments,
} from "@bozor/medusa-search/product-documents"

/**
 * The product reindex loop (issue #11), shared by `src/scripts/reindex.ts` and
 * the bench setup: pages products by ascending id, builds the same documents
 * as the index's own seed and event consumer, writes each page through the
 * Search Module (so it lands on whichever provider is configured), and saves
 * the last id after every page so an interrupted run resumes where it stopped.
 */

export type ReindexCursor = {
  index: "product"
  last_id: string | null
  done: number
  total: number
  started_at: string
  updated_at: string
}

export type ReindexOptions = {
  batchSize?: number
  /** Ignore a saved cursor and start from the first product. */
  fresh?: boolean
  /** Where the cursor lives; removed when the run completes. */
  cursorFile: string
  /** Called after every page. */
  onProgress?: (cursor: ReindexCursor, elapsedMs: number) => void
}

export async function readCursor(file: string): Promise<ReindexCursor | null> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as ReindexCursor
  } catch {
    return null
  }
}

async function saveCursor(file: string, cursor: ReindexCursor) {
  await mkdir(dirname(file), { recursive: true })
  // Write then rename would be atomic; a torn write only loses one page of
  // progress here, since the worst case is a restart from the beginning.
  await writeFile(file, JSON.stringify(cursor, null, 2))
}

export async function reindexProducts(
  container: MedusaContainer,
  options: ReindexOptions
): Promise<ReindexCursor> {
  const batchSize = options.batchSize ?? 500
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const searchModule = container.resolve(Modules.SEARCH)

  const { metadata } = await query.graph({
    entity: "product",
    fields: ["id"],
    pagination: { take: 1, skip: 0 },
  })
  const total = metadata?.count ?? 0
  const saved = options.fresh ? null : await readCursor(options.cursorFile)
  const now = new Date().toISOString()
  const cursor: ReindexCursor = saved
    ? { ...saved, total: Math.max(total, saved.done) }
    : {
        index: "product",
        last_id: null,
        done: 0,
        total,
        started_at: now,
        updated_at: now,
      }
  const started = Date.now()

  while (true) {
    const { data } = await query.graph({
      entity: "product",
      fields: PRODUCT_SEARCH_GRAPH_FIELDS,
      filters: cursor.last_id ? { id: { $gt: cursor.last_id } } : {},
      pagination: { take: batchSize, order: { id: "ASC" } },
    })
    if (!data.length) {
      break
    }
    const documents = toProductSearchDocuments(
      data as unknown as ProductSearchRow[]
    )
    await searchModule.upsertDocuments({ index: "product", documents })
    cursor.last_id = String(data[data.length - 1].id)
    cursor.done += data.length
    cursor.total = Math.max(cursor.total, cursor.done)
    cursor.updated_at = new Date().toISOString()
    await saveCursor(options.cursorFile, cursor)
    options.onProgress?.(cursor, Date.now() - started)
    if (data.length < batchSize) {
      break
    }
  }
  await rm(options.cursorFile, { force: true })
  return cursor
}

/** `[██████░░░░]  60%  6000/10000  812 docs/s` */
export function progressLine(cursor: ReindexCursor, elapsedMs: number) {
  const width = 30
  const ratio = cursor.total ? Math.min(1, cursor.done / cursor.total) : 1
  const filled = Math.round(ratio * width)
  const rate = elapsedMs > 0 ? Math.round((cursor.done * 1000) / elapsedMs) : 0
  return `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(
    Math.round(ratio * 100)
  ).padStart(3)}%  ${cursor.done}/${cursor.total}  ${rate} docs/s`
}
