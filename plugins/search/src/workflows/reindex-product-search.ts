import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  ReindexProductSearchInput,
  reindexProductSearchStep,
} from "./steps/reindex-product-search"

export const reindexProductSearchWorkflowId = "bozor-reindex-product-search"

/**
 * Reindexes the product search index in the background: `run` returns at
 * once, and `GET /admin/search/status` reports the progress.
 */
export const reindexProductSearchWorkflow = createWorkflow(
  reindexProductSearchWorkflowId,
  (input: ReindexProductSearchInput) => {
    reindexProductSearchStep(input).config({
      async: true,
      backgroundExecution: true,
    })
    return new WorkflowResponse(void 0)
  }
)
