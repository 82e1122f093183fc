import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { releaseReindexLock } from "../../utils/reindex-lock"

export type ReindexProductSearchInput = {
  /** Owner of the reindex lock taken by the route; released when this ends. */
  job_id: string
}

/**
 * Rebuilds the product index through Medusa's Search Module (a new version,
 * filled from the index's seed, then swapped in), and gives the lock back
 * whatever happens.
 */
export const reindexProductSearchStep = createStep(
  "bozor-reindex-product-search",
  async (input: ReindexProductSearchInput, { container }) => {
    const search = container.resolve(Modules.SEARCH) as {
      reindex(input: {
        index: string
      }): Promise<{ job_id: string; indexes: string[] }>
    }
    try {
      const result = await search.reindex({ index: "product" })
      return new StepResponse(result)
    } finally {
      await releaseReindexLock(container, input.job_id)
    }
  }
)
