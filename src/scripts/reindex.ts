import { join } from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  progressLine,
  readCursor,
  reindexProducts,
} from "./search/reindex-products"

/**
 * Full product reindex (issue #11):
 *
 *   npx medusa exec ./src/scripts/reindex.ts [--fresh] [--batch=500]
 *
 * Writes every product through the Search Module to the configured provider
 * (PostgreSQL or Meilisearch), page by page, with a progress bar. The cursor
 * (last product id, count) is saved to SEARCH_REINDEX_CURSOR_FILE (default
 * `.medusa/search-reindex.json`) after each page: run it again after an
 * interruption and it resumes; `--fresh` starts over. The file is removed when
 * a run completes.
 */
export default async function reindex({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const list = args ?? []
  const fresh = list.includes("--fresh")
  const batchArg = list.find((a) => a.startsWith("--batch="))
  const batchSize = batchArg ? Number(batchArg.split("=")[1]) : 500
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 5000) {
    throw new Error("--batch must be an integer between 1 and 5000")
  }
  const cursorFile =
    process.env.SEARCH_REINDEX_CURSOR_FILE ||
    join(process.cwd(), ".medusa", "search-reindex.json")

  const saved = fresh ? null : await readCursor(cursorFile)
  if (saved) {
    logger.info(
      `Resuming the product reindex after ${saved.last_id} (${saved.done} done)`
    )
  }
  const interactive = !!process.stdout.isTTY
  const result = await reindexProducts(container, {
    batchSize,
    fresh,
    cursorFile,
    onProgress: (cursor, elapsed) => {
      const line = progressLine(cursor, elapsed)
      if (interactive) {
        process.stdout.write(`\r${line}`)
      } else {
        process.stdout.write(`${line}\n`)
      }
    },
  })
  if (interactive) {
    process.stdout.write("\n")
  }
  logger.info(`Reindexed ${result.done} products into the "product" index`)
}
